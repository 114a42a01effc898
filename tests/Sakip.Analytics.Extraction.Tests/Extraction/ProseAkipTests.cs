using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>AKIP evaluations a report states only in its prose.</summary>
public class ProseAkipTests
{
    [Fact]
    public void An_akip_score_stated_with_its_predikat_in_a_sentence_is_an_evaluation_on_that_line()
    {
        var result = Report.Extract(
            "Berdasarkan Laporan Hasil Evaluasi AKIP oleh Inspektorat Kabupaten Contoh Raya, nilai AKIP Kecamatan Teluk Indah tahun 2023 adalah 71,02 dengan predikat BB, naik 4,27 poin dari tahun 2022 sebesar 66,75 (B).",
            string.Empty,
            "Target nilai AKIP tahun 2024 ditetapkan sebesar 75,00 (BB).");

        var realizations = result.Akip.Where(a => a.Kind == AkipValueKind.Realization).ToList();
        Assert.Equal([2023, 2022], realizations.Select(a => a.Year));
        Assert.Equal([71.02m, 66.75m], realizations.Select(a => a.Total!.Value));
        Assert.Equal(["BB", "B"], realizations.Select(a => a.Predikat));
        Assert.All(realizations, a => Assert.Equal(Report.Line(1), a.Source.Line));
        Assert.All(result.Akip, a => Assert.True(a.Source.IsProse));
        Assert.NotNull(realizations[0].Evaluator);

        var target = Assert.Single(result.Akip, a => a.Kind == AkipValueKind.Target);
        Assert.Equal((2024, 75.00m, "BB"), (target.Year, target.Total!.Value, target.Predikat));
        Assert.Equal(Report.Line(3), target.Source.Line);
    }

    [Fact]
    public void A_year_a_table_gives_is_left_to_the_table()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Nilai AKIP Kecamatan Teluk Indah Tahun 2022-2023",
            string.Empty,
            "No\tTahun\tNilai AKIP\tPredikat",
            "1\t2022\t66,75\tB",
            "2\t2023\t71,02\tBB",
            string.Empty,
            "Pada tahun 2023 Kecamatan Teluk Indah memperoleh nilai AKIP 71,02 dengan predikat BB, sedangkan pada tahun 2021 nilai AKIP sebesar 62,10 (B).");

        Assert.Equal([2022, 2023, 2021], result.Akip.Select(a => a.Year));
        Assert.True(result.Akip[2].Source.IsProse);
    }

    [Theory]
    [InlineData("Nilai AKIP Kecamatan Tanjung Jaya tahun 2023 adalah 68,40 dengan predikat B.")]
    [InlineData("Capaian nilai AKIP tahun 2023 sebesar 94,71% dari target.")]
    [InlineData("Nilai komponen perencanaan kinerja dalam evaluasi AKIP tahun 2023 sebesar 21,60 dengan predikat B.")]
    [InlineData("Nilai AKIP tahun 2023 turun 2,01 poin dibandingkan tahun 2022.")]
    public void Other_units_percentages_components_and_differences_are_not_evaluations(string sentence)
    {
        Assert.Empty(Report.Extract(sentence).Akip);
    }
}
