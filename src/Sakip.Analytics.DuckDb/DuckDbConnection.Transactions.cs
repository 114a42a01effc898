using System.Data;
using System.Data.Common;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb;

public sealed partial class DuckDbConnection
{
    /// <summary>The transaction begun through this connection that has not finished yet.</summary>
    internal DuckDbTransaction? CurrentTransaction { get; set; }

    public new DuckDbTransaction BeginTransaction() => BeginTransaction(IsolationLevel.Unspecified);

    public new DuckDbTransaction BeginTransaction(IsolationLevel isolationLevel)
    {
        if (CurrentTransaction is not null)
        {
            throw new InvalidOperationException("DuckDB does not support nested transactions; finish the current one first.");
        }

        ExecuteWithoutResult("BEGIN TRANSACTION");
        CurrentTransaction = new DuckDbTransaction(this, isolationLevel);
        return CurrentTransaction;
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => BeginTransaction(isolationLevel);

    /// <summary>Runs fixed SQL that has neither parameters nor a result worth reading.</summary>
    internal void ExecuteWithoutResult(string sql)
    {
        using var result = DuckDbResultHandle.Allocate();
        if (NativeMethods.Query(NativeConnection, sql, result) != DuckDbState.Success)
        {
            throw new DuckDbException(ResultErrors.Describe(result));
        }
    }
}
