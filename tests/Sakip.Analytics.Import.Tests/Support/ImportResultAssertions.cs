namespace Sakip.Analytics.Import.Tests.Support;

internal static class ImportResultAssertions
{
    /// <summary>The batch of a read that must succeed; on failure the message lists the errors.</summary>
    public static Domain.Facts.TemplateBatch AssertSucceeded(this ImportReadResult result)
    {
        Assert.True(result.Succeeded, "unexpected errors:\n" + string.Join("\n", result.Errors));
        return result.Batch;
    }

    public static IReadOnlyList<string> ErrorLines(this ImportReadResult result)
    {
        Assert.False(result.Succeeded, "the read succeeded but errors were expected");
        return [.. result.Errors.Select(e => e.ToString())];
    }
}
