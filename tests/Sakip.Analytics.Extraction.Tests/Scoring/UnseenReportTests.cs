using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Scoring;

namespace Sakip.Analytics.Extraction.Tests.Scoring;

/// <summary>
/// Two reports of other units, pemda and years (a dinas, another kecamatan), written and labelled
/// for the project by authors who had not seen the extractor. The Lombok Tengah report is used to
/// develop on; the Bandar Lampung report is held out (only its scores are looked at). The floors are
/// the scores reached, a little lower: they guard against regressions, they are not the bar.
/// </summary>
public class UnseenReportTests
{
    public const string Development = "lkjip-2024-kabupaten-lombok-tengah-dinas-komunikasi-dan-informatika";
    public const string HeldOut = "lkjip-2023-kota-bandar-lampung-kecamatan-tanjung-karang-barat";

    [Theory]
    [InlineData(Development, "Kabupaten Lombok Tengah", 2024, UnitKind.Dinas, "Dinas Komunikasi dan Informatika")]
    [InlineData(HeldOut, "Kota Bandar Lampung", 2023, UnitKind.Kecamatan, "Kecamatan Tanjung Karang Barat")]
    public void The_pemda_unit_and_year_are_read(string report, string tenant, int year, UnitKind kind, string unit)
    {
        var document = Extract(report).Document;

        Assert.Equal(tenant, document.Tenant);
        Assert.Equal(year, document.ReportYear);
        Assert.Equal(kind, document.UnitKind);
        Assert.Equal(unit, document.Unit);
    }

    [Theory]
    [InlineData(Development, "indicators", 0.85, 0.80)]
    [InlineData(Development, "budget", 0.95, 0.95)]
    [InlineData(Development, "akip", 0.95, 0.60)]
    [InlineData(Development, "ikm", 1.0, 1.0)]
    [InlineData(HeldOut, "indicators", 0.88, 0.82)]
    [InlineData(HeldOut, "budget", 0.88, 0.90)]
    public void Sections_stay_at_the_scores_reached(string report, string section, double precision, double recall)
    {
        var score = Score(report).Sections.Single(s => s.Section == section);

        Assert.True(score.Precision >= precision, $"{report} {section} precision {score.Precision:P1}");
        Assert.True(score.Recall >= recall, $"{report} {section} recall {score.Recall:P1}");
    }

    [Theory]
    [InlineData(Development, 0.80)]
    [InlineData(HeldOut, 0.60)]
    public void The_audit_finds_the_planted_inconsistencies(string report, double share)
    {
        var audited = Score(report).AuditedFindings;

        Assert.True(audited.Share >= share, $"{report}: {audited.Found} of {audited.Gold}");
    }

    private static string PathOf(string report, string extension) => Path.Combine(AppContext.BaseDirectory, "Unseen", report + extension);

    private static Model.ExtractionResult Extract(string report) =>
        new ReportExtractor().ExtractText(report + ".txt", File.ReadAllText(PathOf(report, ".txt")));

    private static ScoreReport Score(string report) =>
        ExtractionScorer.Score(ExtractionJson.ToGold(Extract(report)), ExtractionJson.Read(PathOf(report, ".json")));
}
