using System.Collections;
using System.Data.Common;

namespace Sakip.Analytics.DuckDb;

/// <summary>The parameters of a <see cref="DuckDbCommand"/>, in placeholder order for positional SQL.</summary>
public sealed class DuckDbParameterCollection : DbParameterCollection
{
    private readonly List<DuckDbParameter> parameters = [];

    public override int Count => parameters.Count;

    public override object SyncRoot => ((ICollection)parameters).SyncRoot;

    public new DuckDbParameter this[int index]
    {
        get => parameters[index];
        set => parameters[index] = value;
    }

    public new DuckDbParameter this[string parameterName]
    {
        get => parameters[IndexOfExisting(parameterName)];
        set => parameters[IndexOfExisting(parameterName)] = value;
    }

    public DuckDbParameter Add(DuckDbParameter parameter)
    {
        parameters.Add(parameter);
        return parameter;
    }

    public DuckDbParameter AddWithValue(string parameterName, object? value) =>
        Add(new DuckDbParameter(parameterName, value));

    public override int Add(object value)
    {
        parameters.Add(Cast(value));
        return parameters.Count - 1;
    }

    public override void AddRange(Array values)
    {
        foreach (var value in values)
        {
            Add(value!);
        }
    }

    public override void Clear() => parameters.Clear();

    public override bool Contains(object value) => value is DuckDbParameter parameter && parameters.Contains(parameter);

    public override bool Contains(string value) => IndexOf(value) >= 0;

    public override void CopyTo(Array array, int index) => ((ICollection)parameters).CopyTo(array, index);

    public override IEnumerator GetEnumerator() => parameters.GetEnumerator();

    public override int IndexOf(object value) => value is DuckDbParameter parameter ? parameters.IndexOf(parameter) : -1;

    /// <summary>Finds a parameter by name, with or without its <c>$</c>/<c>@</c>/<c>:</c> prefix.</summary>
    public override int IndexOf(string parameterName)
    {
        var wanted = parameterName.TrimStart('$', '@', ':');
        return parameters.FindIndex(p => string.Equals(p.PlaceholderName, wanted, StringComparison.OrdinalIgnoreCase));
    }

    public override void Insert(int index, object value) => parameters.Insert(index, Cast(value));

    public override void Remove(object value) => parameters.Remove(Cast(value));

    public override void RemoveAt(int index) => parameters.RemoveAt(index);

    public override void RemoveAt(string parameterName) => parameters.RemoveAt(IndexOfExisting(parameterName));

    protected override DbParameter GetParameter(int index) => parameters[index];

    protected override DbParameter GetParameter(string parameterName) => this[parameterName];

    protected override void SetParameter(int index, DbParameter value) => parameters[index] = Cast(value);

    protected override void SetParameter(string parameterName, DbParameter value) => this[parameterName] = Cast(value);

    private static DuckDbParameter Cast(object value) =>
        value as DuckDbParameter
        ?? throw new InvalidCastException($"Expected a {nameof(DuckDbParameter)}, got {value?.GetType().Name ?? "null"}.");

    private int IndexOfExisting(string parameterName)
    {
        var index = IndexOf(parameterName);
        return index >= 0 ? index : throw new ArgumentException($"No parameter named '{parameterName}'.", nameof(parameterName));
    }
}
