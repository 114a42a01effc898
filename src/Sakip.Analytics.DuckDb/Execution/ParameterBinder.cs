using System.Text;
using Sakip.Analytics.DuckDb.Conversion;
using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Execution;

/// <summary>Binds one .NET value to a placeholder with the DuckDB type that holds it exactly.</summary>
internal static unsafe class ParameterBinder
{
    // fixed() over an empty array yields a null pointer; DuckDB wants a real one even for length 0.
    private static readonly byte[] NonNullEmpty = [0];

    internal static void Bind(DuckDbPreparedStatementHandle statement, ulong index, DuckDbParameter parameter)
    {
        var state = BindValue(statement, index, parameter.Value, parameter.ParameterName);
        if (state != DuckDbState.Success)
        {
            var error = NativeText.Borrowed(NativeMethods.PrepareError(statement));
            throw new DuckDbException(error ?? $"DuckDB could not bind parameter '{parameter.ParameterName}' (placeholder {index}).");
        }
    }

    private static DuckDbState BindValue(DuckDbPreparedStatementHandle statement, ulong index, object? value, string name) => value switch
    {
        null or DBNull => NativeMethods.BindNull(statement, index),
        bool boolean => NativeMethods.BindBoolean(statement, index, boolean),
        sbyte number => NativeMethods.BindInt8(statement, index, number),
        byte number => NativeMethods.BindUInt8(statement, index, number),
        short number => NativeMethods.BindInt16(statement, index, number),
        ushort number => NativeMethods.BindUInt16(statement, index, number),
        int number => NativeMethods.BindInt32(statement, index, number),
        uint number => NativeMethods.BindUInt32(statement, index, number),
        long number => NativeMethods.BindInt64(statement, index, number),
        ulong number => NativeMethods.BindUInt64(statement, index, number),
        float number => NativeMethods.BindFloat(statement, index, number),
        double number => NativeMethods.BindDouble(statement, index, number),
        decimal number => BindDecimal(statement, index, number),
        string text => BindString(statement, index, text),
        char character => BindString(statement, index, character.ToString()),
        DateOnly date => NativeMethods.BindDate(statement, index, TemporalConversion.ToDays(date)),
        DateTime dateTime => NativeMethods.BindTimestamp(statement, index, TemporalConversion.ToMicros(dateTime)),
        DateTimeOffset instant => NativeMethods.BindTimestampTz(statement, index, TemporalConversion.ToMicros(instant.UtcDateTime)),
        TimeOnly time => NativeMethods.BindTime(statement, index, TemporalConversion.ToMicros(time)),
        Guid guid => BindGuid(statement, index, guid),
        byte[] bytes => BindBlob(statement, index, bytes),
        Enum member => BindValue(statement, index, Convert.ChangeType(member, member.GetTypeCode(), System.Globalization.CultureInfo.InvariantCulture), name),
        _ => throw new NotSupportedException(
            $"Parameter '{name}' holds a {value.GetType().FullName}, which cannot be bound to DuckDB."),
    };

    // Bound as a DECIMAL value of its own width and scale, never through double, so DuckDB's cast
    // to the column's DECIMAL(p,s) sees the exact digits.
    private static DuckDbState BindDecimal(DuckDbPreparedStatementHandle statement, ulong index, decimal number)
    {
        using var value = new DuckDbValueHandle(NativeMethods.CreateDecimal(DecimalConversion.ToDuckDb(number)));
        return NativeMethods.BindValue(statement, index, value);
    }

    private static DuckDbState BindGuid(DuckDbPreparedStatementHandle statement, ulong index, Guid guid)
    {
        using var value = new DuckDbValueHandle(NativeMethods.CreateUuid(GuidConversion.ToDuckDb(guid)));
        return NativeMethods.BindValue(statement, index, value);
    }

    private static DuckDbState BindString(DuckDbPreparedStatementHandle statement, ulong index, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        fixed (byte* pointer = utf8.Length == 0 ? NonNullEmpty : utf8)
        {
            return NativeMethods.BindVarcharLength(statement, index, pointer, (ulong)utf8.Length);
        }
    }

    private static DuckDbState BindBlob(DuckDbPreparedStatementHandle statement, ulong index, byte[] bytes)
    {
        fixed (byte* pointer = bytes.Length == 0 ? NonNullEmpty : bytes)
        {
            return NativeMethods.BindBlob(statement, index, pointer, (ulong)bytes.Length);
        }
    }
}
