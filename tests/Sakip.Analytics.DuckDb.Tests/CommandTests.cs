namespace Sakip.Analytics.DuckDb.Tests;

public sealed class CommandTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    [Fact]
    public void ExecuteNonQuery_returns_the_rows_changed()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        Assert.Equal(-1, connection.Execute($"create table {table}(v integer)"));
        Assert.Equal(3, connection.Execute($"insert into {table} values (1), (2), (3)"));
        Assert.Equal(2, connection.Execute($"update {table} set v = v * 10 where v > 1"));
        Assert.Equal(1, connection.Execute($"delete from {table} where v = 1"));
    }

    [Fact]
    public void Multi_statement_script_runs_in_order_even_when_statements_depend_on_each_other()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        var changed = connection.Execute($"""
            -- a migration file
            create table {table}(id integer primary key, name varchar);
            insert into {table} values (1, 'a; not a separator');
            insert into {table} values (2, 'b'), (3, 'c');
            create view {table}_v as select count(*) as n from {table};
            """);

        Assert.Equal(3, changed);
        Assert.Equal(3L, connection.Scalar($"select n from {table}_v"));
        Assert.Equal("a; not a separator", connection.Scalar($"select name from {table} where id = 1"));
    }

    [Fact]
    public void Multi_statement_reader_returns_the_last_statements_result()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        Assert.Equal(5, connection.Scalar($"create table {table}(v integer); insert into {table} values ($v); select v from {table}", ("v", 5)));
    }

    [Fact]
    public void Named_parameter_is_found_with_or_without_the_dollar()
    {
        using var connection = database.OpenConnection();
        Assert.Equal("batu-bara", connection.Scalar("select $tenant", ("tenant", "batu-bara")));
        Assert.Equal("batu-bara", connection.Scalar("select $tenant", ("$tenant", "batu-bara")));
        Assert.Equal("batu-bara", connection.Scalar("select $TENANT", ("tenant", "batu-bara")));
    }

    [Fact]
    public void Named_parameters_bind_by_name_not_by_order()
    {
        using var connection = database.OpenConnection();
        Assert.Equal("b-a", connection.Scalar("select $second || '-' || $first", ("first", "a"), ("second", "b")));
        Assert.Equal("x-x", connection.Scalar("select $v || '-' || $v", ("v", "x")));
    }

    [Fact]
    public void Positional_parameters_bind_in_collection_order()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select ? || '-' || ?";
        command.Parameters.Add(new DuckDbParameter("a"));
        command.Parameters.Add(new DuckDbParameter("b"));
        Assert.Equal("a-b", command.ExecuteScalar());

        command.CommandText = "select $2 || '-' || $1";
        Assert.Equal("b-a", command.ExecuteScalar());
    }

    [Fact]
    public void Parameters_the_statement_does_not_use_are_ignored()
    {
        using var connection = database.OpenConnection();
        Assert.Equal(1, connection.Scalar("select $used", ("used", 1), ("unused", 2)));
        Assert.Equal(1, connection.Scalar("select 1", ("unused", 2)));
    }

    [Fact]
    public void Prepared_command_runs_again_with_new_values()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(v integer)");
        using var command = connection.CreateCommand();
        command.CommandText = $"insert into {table} values ($v)";
        var parameter = command.Parameters.AddWithValue("v", 0);
        command.Prepare();
        for (var i = 1; i <= 100; i++)
        {
            parameter.Value = i;
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Equal(5050m, connection.Scalar($"select sum(v) from {table}"));
    }

    [Fact]
    public void ExecuteScalar_returns_DBNull_for_null_and_null_for_no_rows()
    {
        using var connection = database.OpenConnection();
        Assert.Equal(DBNull.Value, connection.Scalar("select null::integer"));
        Assert.Null(connection.Scalar("select 1 where false"));
    }

    [Fact]
    public void Command_needs_an_open_connection()
    {
        using var connection = new DuckDbConnection(database.ConnectionString);
        using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar());
    }

    [Fact]
    public void CommandTimeout_is_accepted()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandTimeout = 5;
        command.CommandText = "select 1";
        Assert.Equal(1, command.ExecuteScalar());
    }

    [Fact]
    public void Reader_stays_readable_while_the_connection_runs_other_commands()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select i from range(5000) t(i)";
        using var reader = command.ExecuteReader();
        var sum = 0L;
        while (reader.Read())
        {
            sum += reader.GetInt64(0);
            if (sum == 0)
            {
                Assert.Equal(1, connection.Scalar("select 1"));
            }
        }

        Assert.Equal(12_497_500L, sum);
    }

    [Fact]
    public void CloseConnection_behavior_closes_the_connection_with_the_reader()
    {
        var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        using (var reader = command.ExecuteReader(System.Data.CommandBehavior.CloseConnection))
        {
            Assert.True(reader.Read());
        }

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    [Fact]
    public void Cancel_with_nothing_running_leaves_the_connection_usable()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        command.Cancel();
        Assert.Equal(1, command.ExecuteScalar());
    }
}
