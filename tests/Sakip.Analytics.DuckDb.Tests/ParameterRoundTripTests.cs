namespace Sakip.Analytics.DuckDb.Tests;

public sealed class ParameterRoundTripTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    [Theory]
    [MemberData(nameof(RoundTripCase.All), MemberType = typeof(RoundTripCase))]
    public void Value_bound_as_parameter_reads_back_equal_with_the_columns_clr_type(RoundTripCase @case)
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(v {@case.SqlType})");
        Assert.Equal(1, connection.Execute($"insert into {table} values ($v)", ("v", @case.Value)));

        using var command = connection.CreateCommand();
        command.CommandText = $"select v from {table}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(@case.ReadBackType, reader.GetFieldType(0));
        Assert.Equal(@case.ReadBackType, reader.GetValue(0).GetType());
        Assert.Equal(@case.Expected, reader.GetValue(0));
    }

    [Theory]
    [MemberData(nameof(RoundTripCase.All), MemberType = typeof(RoundTripCase))]
    public void Null_parameter_stores_null_in_every_type(RoundTripCase @case)
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(id integer, v {@case.SqlType})");
        connection.Execute($"insert into {table} values (1, $v), (2, $null), (3, $v)", ("v", @case.Value), ("null", DBNull.Value));

        using var command = connection.CreateCommand();
        command.CommandText = $"select v from {table} order by id";
        using var reader = command.ExecuteReader();
        var nulls = new List<bool>();
        while (reader.Read())
        {
            nulls.Add(reader.IsDBNull(0));
            Assert.Equal(reader.IsDBNull(0) ? DBNull.Value : @case.Expected, reader.GetValue(0));
        }

        Assert.Equal([false, true, false], nulls);
    }

    [Fact]
    public void Decimal_parameter_round_trips_exactly()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(money decimal(18,2), ratio decimal(18,6))");
        connection.Execute($"insert into {table} values ($money, $ratio)", ("money", 1234567.89m), ("ratio", 0.1m + 0.2m));

        using var command = connection.CreateCommand();
        command.CommandText = $"select money, ratio, ratio = 0.3 as exact from {table}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(1234567.89m, reader.GetDecimal(0));
        Assert.Equal("1234567.89", reader.GetDecimal(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.3m, reader.GetDecimal(1));
        Assert.True(reader.GetBoolean(2));
        Assert.Equal("DECIMAL(18,2)", reader.GetDataTypeName(0));
    }

    [Fact]
    public void Decimal_parameter_keeps_its_digits_in_arithmetic()
    {
        using var connection = database.OpenConnection();
        Assert.Equal(0.3m, connection.Scalar("select $a + $b", ("a", 0.1m), ("b", 0.2m)));
        Assert.Equal(-79228162514264337593543950335m, connection.Scalar("select $v", ("v", decimal.MinValue)));
    }

    [Fact]
    public void DateOnly_parameter_reads_back_as_DateOnly_and_DateTime()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select $d";
        command.Parameters.AddWithValue("d", new DateOnly(2023, 6, 30));
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("DATE", reader.GetDataTypeName(0));
        Assert.Equal(new DateOnly(2023, 6, 30), reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(new DateTime(2023, 6, 30), reader.GetDateTime(0));
    }

    [Fact]
    public void Long_parameter_into_an_integer_column_is_cast_by_duckdb()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table}(v integer, d decimal(18,2))");
        connection.Execute($"insert into {table} values ($v, $d)", ("v", 42L), ("d", "12.34"));
        Assert.Equal(42, connection.Scalar($"select v from {table}"));
        Assert.Equal(12.34m, connection.Scalar($"select d from {table}"));
    }

    [Fact]
    public void Enum_parameter_binds_its_number()
    {
        using var connection = database.OpenConnection();
        Assert.Equal(2, connection.Scalar("select $v", ("v", DayOfWeek.Tuesday)));
    }

    [Fact]
    public void Unsupported_parameter_type_is_named()
    {
        using var connection = database.OpenConnection();
        var error = Assert.Throws<NotSupportedException>(() => connection.Scalar("select $v", ("v", new Uri("https://example.org"))));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }
}
