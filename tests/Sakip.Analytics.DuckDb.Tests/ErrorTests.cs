namespace Sakip.Analytics.DuckDb.Tests;

public sealed class ErrorTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    [Fact]
    public void Syntax_error_carries_duckdbs_parser_message()
    {
        using var connection = database.OpenConnection();
        var error = Assert.Throws<DuckDbException>(() => connection.Execute("selec 1"));
        Assert.Contains("Parser Error", error.Message, StringComparison.Ordinal);
        Assert.Contains("syntax error at or near \"selec\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_table_names_the_table()
    {
        using var connection = database.OpenConnection();
        var error = Assert.Throws<DuckDbException>(() => connection.Scalar("select * from no_such_table"));
        Assert.Contains("Table with name no_such_table does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Primary_key_violation_carries_duckdbs_constraint_message()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(id integer primary key)");
        connection.Execute($"insert into {table} values (1)");

        var error = Assert.Throws<DuckDbException>(() => connection.Execute($"insert into {table} values ($id)", ("id", 1)));
        Assert.Contains("Constraint Error", error.Message, StringComparison.Ordinal);
        Assert.Contains("Duplicate key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binder_error_in_a_prepared_statement_is_reported_at_execution()
    {
        using var connection = database.OpenConnection();
        var error = Assert.Throws<DuckDbException>(() => connection.Scalar("select no_such_column from range(1)"));
        Assert.Contains("no_such_column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parameter_value_is_reported_by_duckdb()
    {
        using var connection = database.OpenConnection();
        var error = Assert.Throws<DuckDbException>(() => connection.Scalar("select $missing"));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Appender_for_a_missing_table_carries_duckdbs_message()
    {
        using var connection = database.OpenConnection();
        var error = Assert.Throws<DuckDbException>(() => connection.CreateAppender("no_such_table"));
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Appender_constraint_violation_surfaces_when_the_rows_are_written()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(id integer primary key)");

        var appender = connection.CreateAppender(table);
        appender.CreateRow().Append(1).EndRow();
        appender.CreateRow().Append(1).EndRow();
        var error = Assert.Throws<DuckDbException>(appender.Dispose);
        Assert.Contains("PRIMARY KEY or UNIQUE constraint", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, connection.Scalar($"select count(*) from {table}"));
    }

    [Fact]
    public void Appender_row_with_too_few_values_is_rejected_with_duckdbs_message()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(a integer, b integer)");

        using var appender = connection.CreateAppender(table);
        var error = Assert.Throws<DuckDbException>(() => appender.CreateRow().Append(1).EndRow());
        Assert.Contains("column", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
