using System.Globalization;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>Turns a column's natural CLR value into the type a caller asked for.</summary>
internal static class ValueConversion
{
    internal static T ChangeType<T>(object value, string columnType)
    {
        if (value is T same)
        {
            return same;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return (T)Convert(value, target);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            throw new InvalidCastException(
                $"A {columnType} value ({value.GetType().Name}) cannot be read as {typeof(T).Name}.", exception);
        }
    }

    private static object Convert(object value, Type target) => (value, target) switch
    {
        (DateTime dateTime, _) when target == typeof(DateOnly) => DateOnly.FromDateTime(dateTime),
        (DateTime dateTime, _) when target == typeof(DateTimeOffset) => new DateTimeOffset(
            dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime),
        (TimeSpan time, _) when target == typeof(TimeOnly) => TimeOnly.FromTimeSpan(time),
        (string text, _) when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
        (Guid guid, _) when target == typeof(string) => guid.ToString(),
        (_, { IsEnum: true }) when value is string name => Enum.Parse(target, name, ignoreCase: true),
        (_, { IsEnum: true }) => Enum.ToObject(target, value),
        _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
    };
}
