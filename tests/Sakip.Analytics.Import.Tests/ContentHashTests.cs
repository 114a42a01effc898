using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

/// <summary>The content hash identifies a batch's content wherever it lies, so re-importing it changes nothing.</summary>
public sealed class ContentHashTests
{
    private static readonly string ValidHash = TemplateReader.Read(Templates.PathOf("valid")).AssertSucceeded().ContentHash;

    [Fact]
    public void Hash_is_sha256_in_lower_case_hex()
    {
        Assert.Matches("^[0-9a-f]{64}$", ValidHash);
    }

    [Fact]
    public void Same_content_in_another_folder_has_the_same_hash()
    {
        using var copy = new TempFolder();
        copy.CopyFrom("valid");

        Assert.Equal(ValidHash, TemplateReader.Read(copy.Path).AssertSucceeded().ContentHash);
    }

    [Fact]
    public void Changing_one_byte_changes_the_hash()
    {
        using var copy = new TempFolder();
        copy.CopyFrom("valid");
        var ikm = copy.File("ikm.csv");
        File.WriteAllText(ikm, File.ReadAllText(ikm).Replace("\"80,50\"", "\"80,51\"", StringComparison.Ordinal));

        Assert.NotEqual(ValidHash, TemplateReader.Read(copy.Path).AssertSucceeded().ContentHash);
    }

    [Fact]
    public void Files_that_are_not_csv_do_not_change_the_hash()
    {
        using var copy = new TempFolder();
        copy.CopyFrom("valid");
        copy.Write("catatan.md", "# diperiksa 2024-05-01");
        File.Delete(copy.File("README.txt"));

        Assert.Equal(ValidHash, TemplateReader.Read(copy.Path).AssertSucceeded().ContentHash);
    }
}
