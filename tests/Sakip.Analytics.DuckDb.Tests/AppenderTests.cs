namespace Sakip.Analytics.DuckDb.Tests;

public sealed class AppenderTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    [Fact]
    public void Appended_values_of_every_type_read_back_equal()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"""
            create table {table}(
                flag boolean, small smallint, whole integer, big bigint, single float, number double,
                money decimal(18,2), ratio decimal(18,6), wide decimal(38,10), label varchar, long_label varchar,
                day date, moment timestamp, id uuid, raw blob)
            """);

        var moment = new DateTime(2024, 5, 6, 7, 8, 9).AddTicks(1230);
        var id = Guid.NewGuid();
        using (var appender = connection.CreateAppender(table))
        {
            appender.CreateRow()
                .Append(true).Append((short)-2).Append(3).Append(4_000_000_000L).Append(1.25f).Append(0.1 + 0.2)
                .Append(1234567.89m).Append(0.1m + 0.2m).Append(1234567890123456.0123456789m)
                .Append("Dinas").Append(new string('x', 300))
                .Append(new DateOnly(2024, 5, 6)).Append(moment).Append(id).Append(new byte[] { 1, 2 })
                .EndRow();
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"select *, ratio = 0.3 as exact from {table}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.GetBoolean(0));
        Assert.Equal((short)-2, reader.GetInt16(1));
        Assert.Equal(3, reader.GetInt32(2));
        Assert.Equal(4_000_000_000L, reader.GetInt64(3));
        Assert.Equal(1.25f, reader.GetFloat(4));
        Assert.Equal(0.1 + 0.2, reader.GetDouble(5));
        Assert.Equal(1234567.89m, reader.GetDecimal(6));
        Assert.Equal(0.3m, reader.GetDecimal(7));
        Assert.Equal(1234567890123456.0123456789m, reader.GetDecimal(8));
        Assert.Equal("Dinas", reader.GetString(9));
        Assert.Equal(new string('x', 300), reader.GetString(10));
        Assert.Equal(new DateOnly(2024, 5, 6), reader.GetFieldValue<DateOnly>(11));
        Assert.Equal(moment, reader.GetDateTime(12));
        Assert.Equal(id, reader.GetGuid(13));
        Assert.Equal(new byte[] { 1, 2 }, reader.GetFieldValue<byte[]>(14));
        Assert.True(reader.GetBoolean(15));
    }

    [Fact]
    public void Null_and_nullable_values_append_null_in_every_type()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(a boolean, b integer, c bigint, d double, e decimal(18,2), f varchar, g date, h timestamp, i uuid, j smallint)");
        using (var appender = connection.CreateAppender(table))
        {
            appender.CreateRow()
                .Append((bool?)null).Append((int?)null).Append((long?)null).Append((double?)null).Append((decimal?)null)
                .Append((string?)null).Append((DateOnly?)null).Append((DateTime?)null).Append((Guid?)null).AppendNull()
                .EndRow();
            appender.CreateRow()
                .Append((bool?)false).Append((int?)1).Append((long?)2).Append((double?)3).Append((decimal?)4.5m)
                .Append("x").Append((DateOnly?)new DateOnly(2020, 1, 1)).Append((DateTime?)new DateTime(2020, 1, 1)).Append((Guid?)Guid.Empty).Append((short?)6)
                .EndRow();
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"select * from {table}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.All(Enumerable.Range(0, reader.FieldCount), column => Assert.True(reader.IsDBNull(column)));
        Assert.True(reader.Read());
        Assert.All(Enumerable.Range(0, reader.FieldCount), column => Assert.False(reader.IsDBNull(column)));
        Assert.Equal(4.5m, reader.GetDecimal(4));
    }

    [Fact]
    public void Appender_loads_many_rows_across_flushes()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(i integer, amount decimal(18,2))");
        using (var appender = connection.CreateAppender(table))
        {
            for (var i = 0; i < 100_000; i++)
            {
                appender.CreateRow().Append(i).Append(0.01m).EndRow();
                if (i == 50_000)
                {
                    appender.Flush();
                }
            }
        }

        Assert.Equal(100_000L, connection.Scalar($"select count(*) from {table}"));
        Assert.Equal(1000.00m, connection.Scalar($"select sum(amount) from {table}"));
    }

    [Fact]
    public void Appender_targets_a_table_in_another_schema()
    {
        using var connection = database.OpenConnection();
        var schema = TestSql.UniqueTable("s");
        connection.Execute($"create schema {schema}; create table {schema}.facts(v varchar)");
        using (var appender = connection.CreateAppender(schema, "facts"))
        {
            appender.CreateRow().Append("in schema").EndRow();
        }

        Assert.Equal("in schema", connection.Scalar($"select v from {schema}.facts"));
    }

    [Fact]
    public void Closed_appender_refuses_more_rows()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(v integer)");
        var appender = connection.CreateAppender(table);
        appender.Close();
        appender.Dispose();
        Assert.Throws<ObjectDisposedException>(() => appender.CreateRow());
    }
}
