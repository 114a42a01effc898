namespace Sakip.Analytics.DuckDb.Native;

internal sealed class DuckDbExtractedStatementsHandle(IntPtr extractedStatements) : DuckDbHandle(extractedStatements)
{
    protected override void Destroy(IntPtr native) => NativeMethods.DestroyExtracted(ref native);
}
