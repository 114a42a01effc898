using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>IKM tables laid out other ways than the seeds print them: a history with a year per row, the elements across.</summary>
public class IkmLayoutTests
{
    [Theory]
    [InlineData("76,40", "79,85", "82,10", "88,52")]
    [InlineData("76.40", "79.85", "82.10", "88.52")]
    public void An_ikm_history_with_one_year_per_row_gives_one_result_per_year_on_its_own_line(string y2020, string y2021, string y2022, string y2023)
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perkembangan Nilai IKM Kecamatan Teluk Indah Tahun 2020-2023",
            string.Empty,
            "No\tTahun\tNilai IKM\tMutu Pelayanan\tKinerja Unit Pelayanan",
            $"1\t2020\t{y2020}\tC\tKurang Baik",
            $"2\t2021\t{y2021}\tB\tBaik",
            $"3\t2022\t{y2022}\tB\tBaik",
            $"4\t2023\t{y2023}\tA\tSangat Baik");

        Assert.Equal([2020, 2021, 2022, 2023], result.Ikm.Select(i => i.Year));
        Assert.Equal([76.40m, 79.85m, 82.10m, 88.52m], result.Ikm.Select(i => i.Ikm!.Value));
        Assert.Equal(["C", "B", "B", "A"], result.Ikm.Select(i => i.Mutu));
        Assert.Equal([Report.Line(5), Report.Line(6), Report.Line(7), Report.Line(8)], result.Ikm.Select(i => i.Source.Line));
        Assert.All(result.Ikm, i => Assert.Equal("Tabel 3.5", i.Source.Table));
        Assert.Empty(result.Akip);
        Assert.DoesNotContain(result.Findings, f => f.Subject == "IKM");
    }

    [Fact]
    public void A_mutu_that_does_not_fit_the_ikm_of_its_year_is_a_finding()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perkembangan Nilai IKM Tahun 2022-2023",
            string.Empty,
            "Tahun\tNilai IKM\tMutu Pelayanan",
            "2022\t82,10\tB",
            "2023\t86,40\tA");

        var finding = Assert.Single(result.Findings, f => f.Subject == "IKM");
        Assert.Equal(FindingKind.CategoryMismatch, finding.Kind);
        Assert.Equal(Report.Line(6), finding.Reported.Location.Line);
    }

    [Fact]
    public void Under_a_caption_about_the_ikm_the_realization_column_of_a_year_per_row_table_is_the_ikm()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Target dan Realisasi Indeks Kepuasan Masyarakat Tahun 2022-2023",
            string.Empty,
            "No\tTahun\tTarget\tRealisasi\tCapaian (%)",
            "1\t2022\t80,00\t82,10\t102,63",
            "2\t2023\t85,00\t84,40\t99,29");

        Assert.Equal([82.10m, 84.40m], result.Ikm.Select(i => i.Ikm!.Value));
    }

    [Fact]
    public void One_history_of_both_akip_and_ikm_gives_each_its_own_grade()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Nilai AKIP dan IKM Tahun 2022-2023",
            string.Empty,
            "Tahun\tNilai AKIP\tPredikat\tNilai IKM\tMutu Pelayanan",
            "2022\t66,75\tB\t82,10\tB",
            "2023\t71,02\tBB\t88,52\tA");

        Assert.Equal([66.75m, 71.02m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(["B", "BB"], result.Akip.Select(a => a.Predikat));
        Assert.Equal([82.10m, 88.52m], result.Ikm.Select(i => i.Ikm!.Value));
        Assert.Equal(["B", "A"], result.Ikm.Select(i => i.Mutu));
    }

    [Fact]
    public void Years_as_rows_in_a_table_not_about_the_ikm_are_not_an_ikm_history()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perkembangan Rasio Kelulusan Tahun 2021-2023",
            string.Empty,
            "No\tTahun\tNilai\tKategori",
            "1\t2021\t45,10\tC",
            "2\t2022\t67,80\tB",
            "3\t2023\t89,05\tA");

        Assert.Empty(result.Ikm);
    }
}
