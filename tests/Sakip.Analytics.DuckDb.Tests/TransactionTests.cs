namespace Sakip.Analytics.DuckDb.Tests;

public sealed class TransactionTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    [Fact]
    public void Committed_rows_stay()
    {
        using var connection = database.OpenConnection();
        var table = CreateTable(connection);
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute($"insert into {table} values (1), (2)");
            transaction.Commit();
        }

        Assert.Equal(2L, connection.Scalar($"select count(*) from {table}"));
    }

    [Fact]
    public void Rolled_back_rows_are_gone()
    {
        using var connection = database.OpenConnection();
        var table = CreateTable(connection);
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute($"insert into {table} values (1)");
            transaction.Rollback();
        }

        Assert.Equal(0L, connection.Scalar($"select count(*) from {table}"));
    }

    [Fact]
    public void Disposing_an_unfinished_transaction_rolls_back()
    {
        using var connection = database.OpenConnection();
        var table = CreateTable(connection);
        using (connection.BeginTransaction())
        {
            connection.Execute($"insert into {table} values (1)");
        }

        Assert.Equal(0L, connection.Scalar($"select count(*) from {table}"));
    }

    [Fact]
    public void Appended_rows_are_rolled_back_with_the_transaction()
    {
        using var connection = database.OpenConnection();
        var table = CreateTable(connection);
        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = connection.CreateAppender(table))
            {
                for (var i = 0; i < 5000; i++)
                {
                    appender.CreateRow().Append(i).EndRow();
                }
            }

            Assert.Equal(5000L, connection.Scalar($"select count(*) from {table}"));
            transaction.Rollback();
        }

        Assert.Equal(0L, connection.Scalar($"select count(*) from {table}"));
    }

    [Fact]
    public void Appended_rows_are_kept_when_the_transaction_commits()
    {
        using var connection = database.OpenConnection();
        var table = CreateTable(connection);
        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = connection.CreateAppender(table))
            {
                appender.CreateRow().Append(7).EndRow();
            }

            transaction.Commit();
        }

        using var other = database.OpenConnection();
        Assert.Equal(7, other.Scalar($"select v from {table}"));
    }

    [Fact]
    public void A_failed_load_leaves_nothing_behind()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(v integer primary key)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute($"insert into {table} values (1)");
            var appender = connection.CreateAppender(table);
            appender.CreateRow().Append(2).EndRow();
            appender.CreateRow().Append(1).EndRow();
            Assert.Throws<DuckDbException>(appender.Close);
            transaction.Rollback();
        }

        Assert.Equal(0L, connection.Scalar($"select count(*) from {table}"));
    }

    [Fact]
    public void Nested_transactions_are_refused()
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Assert.Throws<InvalidOperationException>(() => connection.BeginTransaction());
    }

    [Fact]
    public void Closing_the_connection_ends_its_transaction()
    {
        var connection = database.OpenConnection();
        var table = CreateTable(connection);
        var transaction = connection.BeginTransaction();
        connection.Execute($"insert into {table} values (1)");
        connection.Dispose();
        transaction.Dispose();

        using var other = database.OpenConnection();
        Assert.Equal(0L, other.Scalar($"select count(*) from {table}"));
    }

    private static string CreateTable(DuckDbConnection connection)
    {
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(v integer)");
        return table;
    }
}
