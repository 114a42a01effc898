using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>One AKIP score printed in the evaluation table, a history and the prose: the copies must agree.</summary>
public class AkipCopyAuditTests
{
    private static readonly string[] Evaluation =
    [
        "Tabel 2.5",
        "Hasil Evaluasi AKIP Tahun 2023",
        string.Empty,
        "No\tKomponen\tBobot\tNilai",
        "1\tPerencanaan Kinerja\t30\t20,15",
        "2\tPengukuran Kinerja\t30\t18,40",
        "3\tPelaporan Kinerja\t15\t10,25",
        "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t15,10",
        "\tNilai Akuntabilitas Kinerja\t100\t63,90",
        "\tPredikat\t\tB",
        string.Empty,
    ];

    [Fact]
    public void A_score_the_prose_prints_otherwise_is_a_table_vs_text_finding()
    {
        var result = Report.ExtractOfDinas([.. Evaluation, "Nilai AKIP Dinas Pemadam Kebakaran dan Penyelamatan tahun 2023 sebesar 65,90 dengan predikat B."]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.TableVsText, finding.Kind);
        Assert.Equal((65.90m, 63.90m), (finding.Reported.Value, finding.Expected.Value));
        Assert.Equal([Report.Line(9), Report.Line(12)], finding.Lines);
    }

    [Fact]
    public void A_history_printing_the_years_score_otherwise_is_a_table_vs_table_finding()
    {
        var result = Report.ExtractOfDinas(
            [.. Evaluation, "Tabel 2.6", "Perkembangan Nilai AKIP Tahun 2021-2023", string.Empty, "Tahun\tNilai\tPredikat", "2021\t58,20\tCC", "2022\t61,45\tB", "2023\t64,90\tB"]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.TableVsTable, finding.Kind);
        Assert.Equal(("Tabel 2.6", "Tabel 2.5"), (finding.Reported.Location.Table, finding.Expected.Location.Table));
    }

    [Fact]
    public void Copies_that_agree_are_no_finding_and_a_predikat_finding_names_the_text_in_indonesian()
    {
        var agreeing = Report.ExtractOfDinas([.. Evaluation, "Nilai AKIP Dinas Pemadam Kebakaran dan Penyelamatan tahun 2023 sebesar 63,90 dengan predikat B."]);
        var regraded = Report.ExtractOfDinas([.. Evaluation, "Hasil evaluasi AKIP tahun 2023 memperoleh nilai 63,90 dengan predikat BB."]);

        Assert.Empty(agreeing.Findings);
        var finding = Assert.Single(regraded.Findings);
        Assert.Contains($"(teks baris {Report.Line(12)})", finding.Description, StringComparison.Ordinal);
    }
}
