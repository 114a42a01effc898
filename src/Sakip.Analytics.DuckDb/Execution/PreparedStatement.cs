using Sakip.Analytics.DuckDb.Native;

namespace Sakip.Analytics.DuckDb.Execution;

/// <summary>One prepared statement: bind the command's parameters, run, hand back the result.</summary>
internal sealed class PreparedStatement(DuckDbPreparedStatementHandle handle) : IDisposable
{
    private string[]? placeholderNames;

    /// <summary>DuckDB's names for the statement's placeholders, 1-based order: "1", "2"… for ? and $1.</summary>
    private string[] PlaceholderNames => placeholderNames ??= ReadPlaceholderNames();

    internal DuckDbResultHandle Execute(DuckDbParameterCollection parameters)
    {
        Bind(parameters);
        var result = DuckDbResultHandle.Allocate();
        if (NativeMethods.ExecutePrepared(handle, result) != DuckDbState.Success)
        {
            var message = result.IsFilledIn
                ? ResultErrors.Describe(result)
                : NativeText.Borrowed(NativeMethods.PrepareError(handle)) ?? "DuckDB could not execute the statement.";
            result.Dispose();
            throw new DuckDbException(message);
        }

        return result;
    }

    public void Dispose() => handle.Dispose();

    private void Bind(DuckDbParameterCollection parameters)
    {
        NativeMethods.ClearBindings(handle).ThrowOnError("DuckDB could not clear the statement's parameters.");
        var placeholders = PlaceholderNames;
        if (placeholders.Length == 0)
        {
            return;
        }

        var positional = Array.TrueForAll(placeholders, name => name.Length > 0 && name.All(char.IsAsciiDigit));
        for (var position = 0; position < parameters.Count; position++)
        {
            var parameter = parameters[position];
            if (TryFindPlaceholder(parameter, position, positional, out var index))
            {
                ParameterBinder.Bind(handle, index, parameter);
            }
        }
    }

    /// <summary>
    /// By name when the parameter has one DuckDB knows; by position when it has none, or when the
    /// SQL has only positional placeholders (Dapper names the values it sends for <c>?</c>).
    /// A named parameter the statement does not use is skipped, as other providers do.
    /// </summary>
    private bool TryFindPlaceholder(DuckDbParameter parameter, int position, bool positional, out ulong index)
    {
        var name = parameter.PlaceholderName;
        if (name.Length > 0 && NativeMethods.BindParameterIndex(handle, out index, name) == DuckDbState.Success)
        {
            return true;
        }

        index = (ulong)position + 1;
        return (name.Length == 0 || positional) && index <= (ulong)PlaceholderNames.Length;
    }

    private string[] ReadPlaceholderNames()
    {
        var count = NativeMethods.ParameterCount(handle);
        var names = new string[count];
        for (ulong i = 0; i < count; i++)
        {
            names[i] = NativeText.Owned(NativeMethods.ParameterName(handle, i + 1)) ?? string.Empty;
        }

        return names;
    }
}
