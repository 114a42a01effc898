using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>An IKM the prose states, held to the survey table when the report measures no IKM as an indicator.</summary>
public class ProseIkmAuditTests
{
    private static readonly string[] Survey =
    [
        "Tabel 3.4",
        "Hasil Survei Kepuasan Masyarakat Tahun 2023",
        string.Empty,
        "No\tUnsur Pelayanan\tNilai Rata-rata",
        .. SurveyElements.Rows(["3,40", "3,30", "3,20", "4,00", "3,35", "3,25", "3,45", "3,10", "3,15"]),
        "\tNilai IKM\t83,89",
        "\tMutu Pelayanan\tB",
        string.Empty,
    ];

    [Theory]
    [InlineData("85,37")]
    [InlineData("85.37")]
    public void An_ikm_the_prose_states_other_than_the_tables_is_a_finding_with_both_figures_and_lines(string stated)
    {
        var result = Report.ExtractOfDinas([.. Survey, $"Nilai IKM Dinas Pemadam Kebakaran dan Penyelamatan tahun 2023 sebesar {stated} dengan kategori Baik."]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsText);
        Assert.Equal((85.37m, true), (finding.Reported.Value, finding.Reported.Location.IsProse));
        Assert.Equal((83.89m, "Tabel 3.4"), (finding.Expected.Value, finding.Expected.Location.Table));
        Assert.Equal([Report.Line(14), Report.Line(17)], finding.Lines);
    }

    [Theory]
    [InlineData("Nilai IKM tahun 2023 sebesar 83,89 dengan mutu pelayanan B.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2022 sebesar 82,40 meningkat menjadi 83,89 pada tahun 2023.")]
    [InlineData("Target IKM tahun 2023 adalah 85,00.")]
    [InlineData("IKM Kota Contoh Raya tahun 2023 sebesar 80,12.")]
    [InlineData("Nilai IKM tersebut masih di bawah rata-rata nasional sebesar 85,50.")]
    [InlineData("Nilai rata-rata unsur IKM tertinggi adalah 4,00 pada unsur biaya.")]
    public void An_ikm_that_agrees_or_that_is_no_survey_result_of_the_unit_is_none(string sentence)
    {
        var result = Report.ExtractOfDinas([.. Survey, sentence]);

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
