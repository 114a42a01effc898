using System.Diagnostics;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Tests;

/// <summary>Runs alone: it counts native handles process-wide, which other tests would disturb.</summary>
[CollectionDefinition(nameof(LeakTests), DisableParallelization = true)]
public sealed class LeakTestsCollection;

[Collection(nameof(LeakTests))]
public sealed class LeakTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    private const long AllowedProcessGrowth = 50L * 1024 * 1024;
    private const long AllowedManagedGrowth = 10L * 1024 * 1024;

    [Fact]
    public void Ten_thousand_commands_readers_and_appenders_leave_no_native_objects_or_memory_behind()
    {
        using var connection = database.OpenConnection();
        // 2,500 rows: a fully read result spans two chunks, and each leaked result would hold
        // tens of kilobytes, so 10,000 of them would blow far past the memory margin.
        connection.Execute("create table readings as select i::INTEGER as i, 'reading ' || i as label, i / 100.0 as amount from range(2500) t(i)");
        connection.Execute("create table sink(i integer, label varchar, amount decimal(18,2))");

        RunWorkload(connection, 500);
        var handlesBefore = DuckDbHandle.LiveCount;
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var processBefore = WorkingSet();

        RunWorkload(connection, 10_000);

        // Checked before any forced collection: disposal, not the finalizer, must release them.
        Assert.Equal(handlesBefore, DuckDbHandle.LiveCount);
        var managedGrowth = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        var processGrowth = WorkingSet() - processBefore;
        Assert.True(managedGrowth < AllowedManagedGrowth, $"Managed memory grew by {managedGrowth:N0} bytes.");
        Assert.True(processGrowth < AllowedProcessGrowth, $"Working set grew by {processGrowth:N0} bytes.");
    }

    [Fact]
    public void Open_objects_are_counted_until_disposed()
    {
        using var connection = database.OpenConnection();
        var before = DuckDbHandle.LiveCount;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "select 1";
            using var reader = command.ExecuteReader();
            Assert.True(DuckDbHandle.LiveCount > before);
        }

        Assert.Equal(before, DuckDbHandle.LiveCount);
    }

    private static void RunWorkload(DuckDbConnection connection, int iterations)
    {
        for (var i = 0; i < iterations; i++)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "select i, label, amount from readings where i >= $from";
            command.Parameters.AddWithValue("from", i % 10);
            using (var reader = command.ExecuteReader())
            {
                // Mostly stop early, sometimes read to the end: both must release the result.
                var limit = i % 100 == 0 ? int.MaxValue : 10;
                for (var read = 0; read < limit && reader.Read(); read++)
                {
                    _ = reader.GetString(1);
                    _ = reader.GetDecimal(2);
                }
            }

            command.CommandText = "select count(*) from readings where label = $label";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("label", "reading 7");
            _ = command.ExecuteScalar();

            if (i % 50 == 0)
            {
                using var appender = connection.CreateAppender("sink");
                for (var row = 0; row < 10; row++)
                {
                    appender.CreateRow().Append(row).Append("appended").Append(1.25m).EndRow();
                }
            }
        }
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
