namespace Sakip.Analytics.DuckDb.Native;

internal static class ResultErrors
{
    /// <summary>DuckDB's error text for a failed query, read before the result is destroyed.</summary>
    internal static string Describe(DuckDbResultHandle result) =>
        (result.IsFilledIn ? NativeText.Borrowed(NativeMethods.ResultError(result)) : null)
        ?? "DuckDB reported an error without a message.";
}
