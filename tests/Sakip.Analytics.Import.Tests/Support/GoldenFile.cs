using System.Runtime.CompilerServices;

namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>
/// Compares output with a golden file under Templates/. With SAKIP_UPDATE_GOLDEN=1 the test rewrites the
/// source copy instead, to be reviewed in the diff like any other change.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string templateFolder, string fileName, IReadOnlyList<string> actualLines)
    {
        var actual = string.Join("\n", actualLines) + "\n";
        if (Environment.GetEnvironmentVariable("SAKIP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceTemplates(), templateFolder, fileName), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(Templates.PathOf(templateFolder), fileName)).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    private static string SourceTemplates([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "Templates");
}
