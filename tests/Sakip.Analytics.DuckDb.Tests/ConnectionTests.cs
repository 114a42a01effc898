using System.Data;

namespace Sakip.Analytics.DuckDb.Tests;

public sealed class ConnectionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sakip-duckdb-tests", Guid.NewGuid().ToString("N"));

    public ConnectionTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Open_and_close_change_the_state()
    {
        using var connection = new DuckDbConnection($"Data Source={Path.Combine(folder, "state.duckdb")}");
        Assert.Equal(ConnectionState.Closed, connection.State);
        connection.Open();
        Assert.Equal(ConnectionState.Open, connection.State);
        connection.Close();
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public void DataSource_without_a_space_is_accepted()
    {
        var path = Path.Combine(folder, "nospace.duckdb");
        using var connection = new DuckDbConnection($"DataSource={path}");
        connection.Open();
        Assert.Equal(path, connection.DataSource);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Two_connections_to_one_file_see_each_others_committed_data()
    {
        var connectionString = $"Data Source={Path.Combine(folder, "shared.duckdb")}";
        using var writer = new DuckDbConnection(connectionString);
        using var reader = new DuckDbConnection(connectionString);
        writer.Open();
        reader.Open();

        writer.Execute("create table facts(v integer)");
        writer.Execute("insert into facts values (1), (2)");
        Assert.Equal(2L, reader.Scalar("select count(*) from facts"));

        reader.Execute("insert into facts values (3)");
        Assert.Equal(6L, Convert.ToInt64(writer.Scalar("select sum(v) from facts"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Uncommitted_data_stays_invisible_to_the_other_connection()
    {
        var connectionString = $"Data Source={Path.Combine(folder, "isolated.duckdb")}";
        using var writer = new DuckDbConnection(connectionString);
        using var reader = new DuckDbConnection(connectionString);
        writer.Open();
        reader.Open();
        writer.Execute("create table facts(v integer)");

        using var transaction = writer.BeginTransaction();
        writer.Execute("insert into facts values (1)");
        Assert.Equal(0L, reader.Scalar("select count(*) from facts"));
        transaction.Commit();
        Assert.Equal(1L, reader.Scalar("select count(*) from facts"));
    }

    [Fact]
    public void Data_persists_after_all_connections_close_and_the_file_can_be_deleted()
    {
        var path = Path.Combine(folder, "persisted.duckdb");
        using (var first = new DuckDbConnection($"Data Source={path}"))
        using (var second = new DuckDbConnection($"Data Source={path}"))
        {
            first.Open();
            second.Open();
            first.Execute("create table facts(name varchar)");
            second.Execute("insert into facts values ('kept')");
        }

        using (var reopened = new DuckDbConnection($"Data Source={path}"))
        {
            reopened.Open();
            Assert.Equal("kept", reopened.Scalar("select name from facts"));
        }

        File.Delete(path);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Each_in_memory_connection_is_its_own_database()
    {
        using var first = new DuckDbConnection("Data Source=:memory:");
        using var second = new DuckDbConnection("Data Source=:memory:");
        first.Open();
        second.Open();
        first.Execute("create table only_here(v integer)");

        var error = Assert.Throws<DuckDbException>(() => second.Execute("select * from only_here"));
        Assert.Contains("only_here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_folder_as_a_database_fails_with_duckdbs_message()
    {
        using var connection = new DuckDbConnection($"Data Source={folder}");
        var error = Assert.Throws<DuckDbException>(connection.Open);
        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public void Connection_string_options_configure_the_database()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:;threads=3");
        connection.Open();
        Assert.Equal("3", connection.Scalar("select current_setting('threads')::varchar"));
    }

    [Fact]
    public void Factory_creates_this_providers_objects()
    {
        Assert.IsType<DuckDbConnection>(DuckDbFactory.Instance.CreateConnection());
        Assert.IsType<DuckDbCommand>(DuckDbFactory.Instance.CreateCommand());
        Assert.IsType<DuckDbParameter>(DuckDbFactory.Instance.CreateParameter());
    }
}
