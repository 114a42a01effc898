namespace Sakip.Analytics.DuckDb.Native;

internal static class DuckDbStateExtensions
{
    /// <summary>For calls that have no error text of their own to report.</summary>
    internal static void ThrowOnError(this DuckDbState state, string message)
    {
        if (state != DuckDbState.Success)
        {
            throw new DuckDbException(message);
        }
    }
}
