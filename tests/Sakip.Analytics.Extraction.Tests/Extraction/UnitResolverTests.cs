using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Identity;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class UnitResolverTests
{
    private static readonly UnitResolver Resolver = new(
    [
        new KnownUnit("Kecamatan Sumbersari", UnitKind.Kecamatan, ["Kec. Sumbersari"]),
        new KnownUnit("Kecamatan Sumberjambe", UnitKind.Kecamatan),
        new KnownUnit("Kecamatan Tanjung Tiram", UnitKind.Kecamatan),
        new KnownUnit("Dinas Kesehatan", UnitKind.Dinas),
    ]);

    [Theory]
    [InlineData("Kecamatan Sumpalsari")]
    [InlineData("Kecamatan Summersari")]
    [InlineData("Kecamatan Sumpersari")]
    [InlineData("Kecamatan Sumber Sari")]
    [InlineData("KECAMATAN SUMBERSARI")]
    [InlineData("Kec. Sumbersari")]
    public void Misspellings_resolve_to_the_known_unit(string printed) =>
        Assert.Equal("Kecamatan Sumbersari", Resolver.Resolve(printed)?.Name);

    [Theory]
    [InlineData("Kecamatan Tanjung Merah")]
    [InlineData("Kecamatan Kaliwates")]
    [InlineData("Dinas Pendidikan")]
    public void Other_units_do_not_resolve_to_a_similar_name(string printed) =>
        Assert.Null(Resolver.Resolve(printed));
}
