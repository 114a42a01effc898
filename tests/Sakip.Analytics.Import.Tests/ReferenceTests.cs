using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

/// <summary>A fact's tenant and unit are defined in the batch or already in the store (the caller's lookups).</summary>
public sealed class ReferenceTests
{
    private static readonly string Folder = Templates.PathOf("invalid-references");

    [Fact]
    public void Unit_defined_neither_in_the_batch_nor_in_the_store_is_an_error()
    {
        var errors = TemplateReader.Read(Folder).Errors;

        Assert.Contains(
            new ImportError("indicators.csv", 3, "unit", "unit 'kecamatan-lima-puluh' milik tenant 'kabupaten-batu-bara' tidak didefinisikan di units batch ini dan belum tersimpan"),
            errors);
    }

    [Fact]
    public void Units_and_tenants_the_store_knows_are_accepted()
    {
        var batch = TemplateReader.Read(
            Folder,
            isKnownTenant: tenant => tenant is "kota-medan" or "kabupaten-jember",
            isKnownUnit: (tenant, unit) => (tenant, unit) is ("kabupaten-batu-bara", "kecamatan-lima-puluh") or ("kabupaten-jember", "kecamatan-sumbersari"))
            .AssertSucceeded();

        Assert.Equal(4, batch.Indicators.Count);
        Assert.Equal("kota-medan", batch.Units[1].Tenant);
    }

    [Fact]
    public void A_unit_lookup_that_knows_other_units_does_not_accept_this_one()
    {
        var result = TemplateReader.Read(Folder, _ => true, (_, unit) => unit == "kecamatan-sumbersari");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("indicators.csv", 3, "unit"), (error.File, error.Row, error.Column));
    }

    [Fact]
    public void A_batch_of_facts_alone_reads_when_the_store_knows_its_units()
    {
        using var temp = new TempFolder();
        temp.Write("indicators.csv", $"{Templates.IndicatorsHeader}\n{SmallBatch.IndicatorRow("\"86,98\"")}\n");

        var withoutStore = TemplateReader.Read(temp.Path);
        var withStore = TemplateReader.Read(temp.Path, _ => true, (_, _) => true);

        Assert.Equal(("indicators.csv", 2, "tenant"), (withoutStore.Errors[0].File, withoutStore.Errors[0].Row, withoutStore.Errors[0].Column));
        Assert.Equal(86.98m, withStore.AssertSucceeded().Indicators[0].Value);
    }
}
