using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

public sealed class TemplateWriterTests
{
    [Fact]
    public void Written_batch_reads_back_to_the_same_facts()
    {
        var original = TemplateReader.Read(Templates.PathOf("valid")).AssertSucceeded();
        using var temp = new TempFolder();

        var written = TemplateWriter.Write(original, temp.Path);
        var reread = TemplateReader.Read(temp.Path).AssertSucceeded();

        Assert.Equal(8, written.Count);

        // The source had a blank line, the written files do not: only the row numbers may differ.
        Assert.Equal(BatchSnapshot.Of(original, withOriginRows: false), BatchSnapshot.Of(reread, withOriginRows: false));
    }

    [Fact]
    public void Columns_are_written_in_the_readme_order()
    {
        var original = TemplateReader.Read(Templates.PathOf("valid")).AssertSucceeded();
        using var temp = new TempFolder();

        TemplateWriter.Write(original, temp.Path);

        Assert.Equal(Templates.IndicatorsHeader, File.ReadLines(temp.File("indicators.csv")).First());
        Assert.Equal(Templates.AkipHeader, File.ReadLines(temp.File("akip.csv")).First());
        Assert.Equal(string.Join(',', TemplateFiles.Ikm.ColumnNames), File.ReadLines(temp.File("ikm.csv")).First());
        Assert.Equal(Templates.NotesHeader, File.ReadLines(temp.File("notes.csv")).First());
    }

    [Fact]
    public void Numbers_with_three_decimals_are_not_written_as_thousands()
    {
        // Written as "1.396", a reader of Indonesian print would see one thousand three hundred ninety-six.
        var band = new CapaianScaleBand("kota-dumai", "Baik", 1.396m, 1000m, new TemplateRow("capaian_scales.csv", 2));
        var tenant = new TenantRecord("kota-dumai", "Kota Dumai", TenantKind.Kota, null, LowerIsBetterMethod.TwoTargetMinusRealization, new TemplateRow("tenants.csv", 2));
        var batch = new TemplateBatch("memory", "", [tenant], [], [band], [], [], [], []);
        using var temp = new TempFolder();

        TemplateWriter.Write(batch, temp.Path);
        var reread = TemplateReader.Read(temp.Path).AssertSucceeded();

        Assert.Equal((1.396m, 1000m), (reread.CapaianScales[0].Min, reread.CapaianScales[0].Max));
    }

    [Fact]
    public void Only_files_with_rows_are_written()
    {
        var tenant = new TenantRecord("kota-dumai", "Kota Dumai", TenantKind.Kota, "Riau", LowerIsBetterMethod.TargetOverRealization, new TemplateRow("tenants.csv", 2));
        using var temp = new TempFolder();

        var written = TemplateWriter.Write(new TemplateBatch("memory", "", [tenant], [], [], [], [], [], []), temp.Path);

        Assert.Equal([temp.File("tenants.csv")], written);
        Assert.Equal(
            ["tenant,name,kind,province,lower_is_better_method", "kota-dumai,Kota Dumai,kota,Riau,target_over_realization"],
            File.ReadAllLines(temp.File("tenants.csv")));
    }
}
