using System.Globalization;
using System.Numerics;

namespace Sakip.Analytics.DuckDb.Tests;

public sealed class ReaderTests(TempDatabaseFixture database) : IClassFixture<TempDatabaseFixture>
{
    public static TheoryData<string, object, Type, string> SqlLiterals => new()
    {
        { "true", true, typeof(bool), "BOOLEAN" },
        { "42::UTINYINT", (byte)42, typeof(byte), "UTINYINT" },
        { "42::USMALLINT", (ushort)42, typeof(ushort), "USMALLINT" },
        { "42::UINTEGER", 42u, typeof(uint), "UINTEGER" },
        { "18446744073709551615::UBIGINT", ulong.MaxValue, typeof(ulong), "UBIGINT" },
        { "-170141183460469231731687303715884105727::HUGEINT + 170141183460469231731687303715884105726::HUGEINT", -1m, typeof(decimal), "HUGEINT" },
        { "340282366920938463463374607431768211455::UHUGEINT - 340282366920938463463374607431768211454::UHUGEINT", 1m, typeof(decimal), "UHUGEINT" },
        { "1.5", 1.5m, typeof(decimal), "DECIMAL(2,1)" },
        { "-1.234::DECIMAL(4,3)", -1.234m, typeof(decimal), "DECIMAL(4,3)" },
        { "-123456.789::DECIMAL(9,3)", -123456.789m, typeof(decimal), "DECIMAL(9,3)" },
        { "-123456789012345.678::DECIMAL(18,3)", -123456789012345.678m, typeof(decimal), "DECIMAL(18,3)" },
        { "-12345678901234567890.123456789::DECIMAL(38,9)", -12345678901234567890.123456789m, typeof(decimal), "DECIMAL(38,9)" },
        { "2.5::FLOAT", 2.5f, typeof(float), "FLOAT" },
        { "'2024-03-01'::DATE", new DateTime(2024, 3, 1), typeof(DateTime), "DATE" },
        { "'2024-03-01 10:11:12.345678'::TIMESTAMP", new DateTime(2024, 3, 1, 10, 11, 12).AddTicks(3456780), typeof(DateTime), "TIMESTAMP" },
        { "'2024-03-01 10:11:12'::TIMESTAMP_S", new DateTime(2024, 3, 1, 10, 11, 12), typeof(DateTime), "TIMESTAMP_S" },
        { "'2024-03-01 10:11:12.345'::TIMESTAMP_MS", new DateTime(2024, 3, 1, 10, 11, 12, 345), typeof(DateTime), "TIMESTAMP_MS" },
        { "'2024-03-01 10:11:12.3456789'::TIMESTAMP_NS", new DateTime(2024, 3, 1, 10, 11, 12).AddTicks(3456789), typeof(DateTime), "TIMESTAMP_NS" },
        { "'10:11:12'::TIME", new TimeSpan(10, 11, 12), typeof(TimeSpan), "TIME" },
        { "'x'::BLOB", new byte[] { (byte)'x' }, typeof(byte[]), "BLOB" },
        { "'Baik'::ENUM('Kurang', 'Cukup', 'Baik')", "Baik", typeof(string), "ENUM" },
    };

    [Theory]
    [MemberData(nameof(SqlLiterals))]
    public void Column_type_reads_as_its_clr_type(string literal, object expected, Type clrType, string typeName)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"select {literal} as v, null::{typeName.Replace("ENUM", "VARCHAR", StringComparison.Ordinal)} as n";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(clrType, reader.GetFieldType(0));
        Assert.Equal(typeName, reader.GetDataTypeName(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.True(reader.IsDBNull(1));
        Assert.Equal(DBNull.Value, reader.GetValue(1));
    }

    [Fact]
    public void Timestamp_with_time_zone_reads_as_utc()
    {
        using var connection = database.OpenConnection();
        connection.Execute("set TimeZone = 'Asia/Jakarta'");
        var value = (DateTime)connection.Scalar("select '2024-03-01 10:00:00+07'::TIMESTAMPTZ")!;
        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(new DateTime(2024, 3, 1, 3, 0, 0, DateTimeKind.Utc), value);
    }

    [Fact]
    public void Sum_of_integers_is_a_hugeint_readable_as_long_and_biginteger()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select sum(i) from range(10) t(i)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(45L, reader.GetInt64(0));
        Assert.Equal(45, reader.GetInt32(0));
        Assert.Equal(new BigInteger(45), reader.GetFieldValue<BigInteger>(0));
        Assert.Equal((Int128)45, reader.GetFieldValue<Int128>(0));
    }

    [Fact]
    public void Hundred_thousand_rows_span_many_chunks_and_sum_correctly()
    {
        using var connection = database.OpenConnection();
        var table = TestSql.UniqueTable();
        connection.Execute($"create table {table} as select i::BIGINT as i, (i % 7 = 0) as seven, case when i % 3 = 0 then null else 'row ' || i end as label from range(100000) t(i)");

        using var command = connection.CreateCommand();
        command.CommandText = $"select i, seven, label from {table} order by i";
        using var reader = command.ExecuteReader();
        long rows = 0, sum = 0, sevens = 0, nullLabels = 0;
        while (reader.Read())
        {
            var i = reader.GetInt64(0);
            Assert.Equal(rows, i);
            sum += i;
            sevens += reader.GetBoolean(1) ? 1 : 0;
            if (reader.IsDBNull(2))
            {
                nullLabels++;
                Assert.Equal(0, i % 3);
            }
            else
            {
                Assert.Equal("row " + i.ToString(CultureInfo.InvariantCulture), reader.GetString(2));
            }

            rows++;
        }

        Assert.Equal(100_000, rows);
        Assert.Equal(4_999_950_000L, sum);
        Assert.Equal(14_286, sevens);
        Assert.Equal(33_334, nullLabels);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Empty_result_has_columns_but_no_rows()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 1::INTEGER as a, 'x' as b where false";
        using var reader = command.ExecuteReader();
        Assert.False(reader.HasRows);
        Assert.Equal(2, reader.FieldCount);
        Assert.Equal("b", reader.GetName(1));
        Assert.Equal(typeof(int), reader.GetFieldType(0));
        Assert.False(reader.Read());
        Assert.Null(command.ExecuteScalar());
    }

    [Fact]
    public void HasRows_is_known_before_the_first_read()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        using var reader = command.ExecuteReader();
        Assert.True(reader.HasRows);
        Assert.True(reader.Read());
        Assert.Equal(1, reader.GetInt32(0));
        Assert.False(reader.Read());
        Assert.False(reader.NextResult());
    }

    [Fact]
    public void Columns_are_found_by_name_ignoring_case()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 1 as Tenant, 2 as unit";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(0, reader.GetOrdinal("Tenant"));
        Assert.Equal(1, reader.GetOrdinal("UNIT"));
        Assert.Equal(2, reader["unit"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.GetOrdinal("missing"));
    }

    [Fact]
    public void Unsupported_type_throws_naming_the_type_while_other_columns_stay_readable()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select [1, 2] as list, 'ok' as text";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("ok", reader.GetString(1));
        var error = Assert.Throws<NotSupportedException>(() => reader.GetValue(0));
        Assert.Contains("LIST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_null_as_a_value_type_is_an_invalid_cast()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select null::INTEGER as v";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Throws<InvalidCastException>(() => reader.GetInt32(0));
        Assert.Null(reader.GetFieldValue<int?>(0));
        Assert.Null(reader.GetFieldValue<string>(0));
    }

    [Fact]
    public void Numbers_convert_between_clr_types_on_request()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 7::INTEGER, 2.50::DECIMAL(4,2), 3::TINYINT";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(7L, reader.GetInt64(0));
        Assert.Equal(7.0, reader.GetDouble(0));
        Assert.Equal(2.5, reader.GetDouble(1));
        Assert.Equal((short)3, reader.GetInt16(2));
        Assert.Equal(3, reader.GetFieldValue<int?>(2));
    }

    [Fact]
    public void Reading_before_Read_is_refused()
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        using var reader = command.ExecuteReader();
        Assert.Throws<InvalidOperationException>(() => reader.GetValue(0));
    }
}
