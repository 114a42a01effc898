using System.Runtime.CompilerServices;

namespace Sakip.Analytics.DuckDb.Reading;

/// <summary>A vector whose values map to one CLR type; other requested types are converted.</summary>
internal abstract class TypedVectorReader<TValue>(string typeName) : VectorReader(typeName)
    where TValue : notnull
{
    internal sealed override Type FieldType => typeof(TValue);

    internal abstract TValue Read(int row);

    internal sealed override object GetValue(int row) => Read(row);

    internal sealed override T GetFieldValue<T>(int row)
    {
        if (typeof(T) == typeof(TValue))
        {
            var value = Read(row);
            return Unsafe.As<TValue, T>(ref value);
        }

        return ReadAs<T>(row);
    }

    /// <summary>Override where a type can be read more exactly than through <typeparamref name="TValue"/>.</summary>
    protected virtual T ReadAs<T>(int row) => ValueConversion.ChangeType<T>(Read(row), TypeName);
}
