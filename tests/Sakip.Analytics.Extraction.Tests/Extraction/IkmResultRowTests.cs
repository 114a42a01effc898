using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A survey's result printed as one row under its header ("Nilai IKM | Mutu Pelayanan | Kinerja Unit Pelayanan | Jumlah Responden").</summary>
public class IkmResultRowTests
{
    private static readonly string[] MutuScale =
    [
        "Tabel 3.12",
        "Kategori Mutu Pelayanan",
        "Nilai Interval Konversi\tMutu Pelayanan\tKinerja Unit Pelayanan",
        "88,31 - 100,00\tA\tSangat Baik",
        "76,61 - 88,30\tB\tBaik",
        "65,00 - 76,60\tC\tKurang Baik",
        "25,00 - 64,99\tD\tTidak Baik",
        string.Empty,
    ];

    [Theory]
    [InlineData("Hasil Survei Kepuasan Masyarakat Tahun 2023", 2023)]
    [InlineData("Hasil Survei Kepuasan Masyarakat Tahun 2022", 2022)]
    [InlineData("Hasil Survei Kepuasan Masyarakat", 2023)]
    public void The_one_row_gives_the_years_ikm_its_mutu_and_its_respondents(string title, int year)
    {
        var result = Report.Extract(
            "Tabel 3.10",
            title,
            string.Empty,
            "Nilai IKM\tMutu Pelayanan\tKinerja Unit Pelayanan\tJumlah Responden",
            "84,12\tB\tBaik\t210",
            string.Empty);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal((year, 84.12m, "B", 210, Report.Line(5)), (survey.Year, survey.Ikm!.Value, survey.Mutu, survey.Respondents!.Value, survey.Source.Line));
    }

    [Fact]
    public void A_mutu_the_printed_scale_puts_elsewhere_is_a_mismatch()
    {
        var result = Report.Extract([.. MutuScale,
            "Tabel 3.10",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "Nilai IKM\tMutu Pelayanan\tKinerja Unit Pelayanan\tJumlah Responden",
            "84,12\tA\tSangat Baik\t210",
            string.Empty]);

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Contains("84,12", finding.Description);
    }

    [Fact]
    public void A_table_of_other_figures_in_one_row_is_no_survey()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Jumlah Pegawai Tahun 2023",
            "Jumlah PNS\tJumlah PPPK\tJumlah Honorer",
            "84\t12\t30",
            string.Empty);

        Assert.Empty(result.Ikm);
    }
}
