namespace Sakip.Analytics.DuckDb;

public sealed partial class DuckDbDataReader
{
    public override bool IsDBNull(int ordinal) => ColumnAtCurrentRow(ordinal).IsNull(row);

    public override object GetValue(int ordinal)
    {
        var column = ColumnAtCurrentRow(ordinal);
        return column.IsNull(row) ? DBNull.Value : column.GetValue(row);
    }

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, columns.Length);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    /// <summary>
    /// Reads the column as <typeparamref name="T"/>: its own type directly, others converted
    /// (DATE as DateOnly, HUGEINT as Int128, numbers widened or narrowed). Null gives null for
    /// reference and nullable types, DBNull for object, and throws otherwise.
    /// </summary>
    public override T GetFieldValue<T>(int ordinal)
    {
        var column = ColumnAtCurrentRow(ordinal);
        if (!column.IsNull(row))
        {
            return column.GetFieldValue<T>(row);
        }

        if (typeof(T) == typeof(object) || typeof(T) == typeof(DBNull))
        {
            return (T)(object)DBNull.Value;
        }

        return default(T) is null
            ? default!
            : throw new InvalidCastException($"Column '{names[ordinal]}' is null and cannot be read as {typeof(T).Name}.");
    }

    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    public override char GetChar(int ordinal) => GetFieldValue<string>(ordinal)[0];

    public override DateTime GetDateTime(int ordinal) => GetFieldValue<DateTime>(ordinal);

    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        CopyOut(GetFieldValue<byte[]>(ordinal), dataOffset, buffer, bufferOffset, length);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        CopyOut(GetFieldValue<string>(ordinal).ToCharArray(), dataOffset, buffer, bufferOffset, length);

    private static long CopyOut<TItem>(TItem[] source, long sourceOffset, TItem[]? buffer, int bufferOffset, int length)
    {
        if (buffer is null)
        {
            return source.Length;
        }

        var count = (int)Math.Clamp(source.Length - sourceOffset, 0, length);
        Array.Copy(source, sourceOffset, buffer, bufferOffset, count);
        return count;
    }

    private Reading.VectorReader ColumnAtCurrentRow(int ordinal)
    {
        ObjectDisposedException.ThrowIf(closed, this);
        if (row < 0)
        {
            throw new InvalidOperationException("No current row: call Read first, and only read while it returns true.");
        }

        return columns[ordinal];
    }
}
