using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

/// <summary>Each Templates/invalid-*/ folder sits next to expected-errors.txt: every error, in order, as the UI shows it.</summary>
public sealed class InvalidTemplateGoldenTests
{
    [Theory]
    [InlineData("invalid-values")]
    [InlineData("invalid-structure")]
    [InlineData("invalid-duplicates")]
    [InlineData("invalid-references")]
    [InlineData("invalid-notes")]
    public void Invalid_folder_reports_every_expected_error(string folder)
    {
        var result = TemplateReader.Read(Templates.PathOf(folder));

        GoldenFile.AssertMatches(folder, Templates.ExpectedErrorsFile, result.ErrorLines());
    }
}
