using System.Text;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

public sealed class FolderReadingTests
{
    [Fact]
    public void A_folder_without_template_files_is_an_empty_batch()
    {
        using var temp = new TempFolder();
        temp.Write("catatan.txt", "belum ada data");

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal((Path.GetFileName(temp.Path), 0), (error.File, error.Row));
        Assert.StartsWith("batch tidak berisi file template", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_csv_is_an_error_while_other_files_are_ignored()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("indikator.csv", Templates.IndicatorsHeader + "\n");
        temp.Write("laporan.pdf", "%PDF-1.7");

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal(("indikator.csv", 0, ""), (error.File, error.Row, error.Column));
    }

    [Fact]
    public void Files_may_come_in_any_combination_and_a_header_alone_is_no_rows()
    {
        using var temp = new TempFolder();
        temp.Write("tenants.csv", Templates.TenantsHeader + "\n");

        var batch = TemplateReader.Read(temp.Path).AssertSucceeded();

        Assert.Empty(batch.Tenants);
        Assert.Empty(batch.Indicators);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported()
    {
        using var temp = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes($"{Templates.TenantsHeader}\nkota-dumai,Kota Dumai é,kota,,\n");
        File.WriteAllBytes(temp.File("tenants.csv"), latin1);

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal(new ImportError("tenants.csv", 0, "", "file bukan teks UTF-8"), error);
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        var error = Assert.Single(TemplateReader.Read("/tidak/ada/batch").Errors);

        Assert.Equal("batch", error.File);
        Assert.Contains("tidak ditemukan", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_of_every_file_are_reported_at_once()
    {
        var errors = TemplateReader.Read(Templates.PathOf("invalid-values")).Errors;

        Assert.Equal(7, errors.Select(e => e.File).Distinct().Count());
        Assert.Contains(errors, e => e is { File: "indicators.csv", Row: 2, Column: "year" });
        Assert.Contains(errors, e => e is { File: "indicators.csv", Row: 2, Column: "value" });
        Assert.Contains(errors, e => e is { File: "ikm.csv", Row: 3, Column: "respondents" });
    }

    [Fact]
    public void An_unknown_column_is_an_error_even_when_every_required_column_is_there()
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("indicators.csv", $"{Templates.IndicatorsHeader},keterangan\n{SmallBatch.IndicatorRow("B")},\n");

        var error = Assert.Single(TemplateReader.Read(temp.Path).Errors);

        Assert.Equal(("indicators.csv", 1, "keterangan"), (error.File, error.Row, error.Column));
    }

    [Fact]
    public void Column_order_is_free_and_trailing_empty_columns_are_harmless()
    {
        using var temp = new TempFolder();
        temp.Write("tenants.csv", "kind,name,tenant,,\r\nkota,Kota Dumai,kota-dumai,,\r\n");

        var tenant = Assert.Single(TemplateReader.Read(temp.Path).AssertSucceeded().Tenants);

        Assert.Equal(("kota-dumai", "Kota Dumai", TenantKind.Kota), (tenant.Slug, tenant.Name, tenant.Kind));
    }

    [Theory]
    [InlineData("kecamatan", UnitKind.Kecamatan)]
    [InlineData("dinas", UnitKind.Dinas)]
    [InlineData("badan", UnitKind.Badan)]
    [InlineData("sekretariat_daerah", UnitKind.SekretariatDaerah)]
    [InlineData("sekretariat_dprd", UnitKind.SekretariatDprd)]
    [InlineData("inspektorat", UnitKind.Inspektorat)]
    [InlineData("satpol_pp", UnitKind.SatpolPp)]
    [InlineData("other", UnitKind.Other)]
    public void Unit_kinds_are_read_by_their_slug(string slug, UnitKind kind)
    {
        using var temp = new TempFolder();
        temp.Write("units.csv", $"{Templates.UnitsHeader}\nkota-dumai,opd-1,OPD,{slug},\n");

        var unit = Assert.Single(TemplateReader.Read(temp.Path, _ => true).AssertSucceeded().Units);

        Assert.Equal(kind, unit.Kind);
    }

    [Theory]
    [InlineData("Kecamatan")]
    [InlineData("sekretariat-daerah")]
    [InlineData("SatpolPp")]
    public void Enum_values_must_be_the_exact_slug(string text)
    {
        using var temp = new TempFolder();
        temp.Write("units.csv", $"{Templates.UnitsHeader}\nkota-dumai,opd-1,OPD,{text},\n");

        var error = Assert.Single(TemplateReader.Read(temp.Path, _ => true).Errors);

        Assert.Equal(("units.csv", 2, "kind"), (error.File, error.Row, error.Column));
    }

    [Theory]
    [InlineData("kota-dumai", true)]
    [InlineData("kabupaten-50-kota", true)]
    [InlineData("Kota-Dumai", false)]
    [InlineData("kota--dumai", false)]
    [InlineData("kota_dumai", false)]
    [InlineData("-kota", false)]
    [InlineData("kota-", false)]
    public void Tenant_slugs_are_lower_case_words_joined_by_dashes(string slug, bool valid)
    {
        using var temp = new TempFolder();
        temp.Write("tenants.csv", $"{Templates.TenantsHeader}\n{slug},Nama,kota,,\n");

        Assert.Equal(valid, TemplateReader.Read(temp.Path).Succeeded);
    }

    [Theory]
    [InlineData("permenpanrb-88-2021", AkipRegulation.PermenPanRb88Of2021)]
    [InlineData("permenpanrb-12-2015", AkipRegulation.PermenPanRb12Of2015)]
    public void Akip_regulations_are_read_by_their_wire_name(string slug, AkipRegulation regulation)
    {
        using var temp = SmallBatch.WithTenantAndUnit();
        temp.Write("akip.csv", $"{Templates.AkipHeader}\n{SmallBatch.AkipRow("\"70,5\"").Replace("permenpanrb-88-2021", slug, StringComparison.Ordinal)}\n");

        Assert.Equal(regulation, Assert.Single(TemplateReader.Read(temp.Path).AssertSucceeded().Akip).Regulation);
    }
}
