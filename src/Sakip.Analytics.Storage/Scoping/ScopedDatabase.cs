using Dapper;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Storage.Scoping;

/// <summary>
/// The only way the read side runs SQL: every query gets the scope's tenant as &#36;tenant and its
/// visibility as &#36;drafts, and its text is a <see cref="ScopedSql"/>.
/// </summary>
public sealed class ScopedDatabase(Warehouse warehouse)
{
    public IReadOnlyList<T> Query<T>(TenantScope scope, ScopedSql sql, object? parameters = null)
    {
        using var connection = warehouse.Open();
        return connection.Query<T>(sql.Text, Bind(scope, parameters)).ToList();
    }

    public T? QuerySingleOrDefault<T>(TenantScope scope, ScopedSql sql, object? parameters = null)
    {
        using var connection = warehouse.Open();
        return connection.QuerySingleOrDefault<T>(sql.Text, Bind(scope, parameters));
    }

    public T? Scalar<T>(TenantScope scope, ScopedSql sql, object? parameters = null)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<T>(sql.Text, Bind(scope, parameters));
    }

    private static DynamicParameters Bind(TenantScope scope, object? parameters)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var bound = new DynamicParameters(parameters);
        bound.Add("tenant", scope.Tenant);
        bound.Add("drafts", scope.IncludesDrafts);
        return bound;
    }
}
