using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>AKIP results of many units, or of several years with their targets, printed without the components.</summary>
public class AkipRecapLayoutTests
{
    [Fact]
    public void A_recap_of_units_scores_and_predikat_gives_each_unit_its_evaluation()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Nilai AKIP Kecamatan se-Kabupaten Contoh Raya Tahun 2023",
            string.Empty,
            "No\tPerangkat Daerah\tNilai\tPredikat",
            "1\tKecamatan Teluk Indah\t67,40\tB",
            "2\tKecamatan Bukit Raya\t70,12\tBB",
            "3\tKecamatan Sungai Baru\t65,30\tB");

        Assert.Equal(["Kecamatan Teluk Indah", "Kecamatan Bukit Raya", "Kecamatan Sungai Baru"], result.Akip.Select(a => a.Unit));
        Assert.Equal([67.40m, 70.12m, 65.30m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(["B", "BB", "B"], result.Akip.Select(a => a.Predikat));
        Assert.All(result.Akip, a => Assert.Equal(2023, a.Year));
        Assert.All(result.Akip, a => Assert.Equal(AkipValueKind.Realization, a.Kind));
        Assert.Equal([Report.Line(5), Report.Line(6), Report.Line(7)], result.Akip.Select(a => a.Source.Line));
    }

    [Fact]
    public void Units_named_under_nama_kecamatan_with_a_score_per_year_give_each_unit_each_years_evaluation_and_the_mean_none()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Perbandingan Nilai AKIP Antar Kecamatan",
            string.Empty,
            "No\tNama Kecamatan\t2022\t2023",
            "1\tTeluk Indah\t62,45\t66,20",
            "2\tBukit Raya\t63,20\t65,80",
            "\tRata-rata\t62,83\t66,00");

        Assert.Equal(
            [("Kecamatan Teluk Indah", 2022, 62.45m), ("Kecamatan Teluk Indah", 2023, 66.20m), ("Kecamatan Bukit Raya", 2022, 63.20m), ("Kecamatan Bukit Raya", 2023, 65.80m)],
            result.Akip.Select(a => (a.Unit, a.Year, a.Total!.Value)));
    }

    [Fact]
    public void A_list_of_units_with_figures_not_about_akip_is_no_evaluation()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Jumlah Penduduk per Kecamatan Tahun 2023",
            string.Empty,
            "No\tKecamatan\tNilai\tKeterangan",
            "1\tKecamatan Teluk Indah\t67,40\tNaik",
            "2\tKecamatan Bukit Raya\t70,12\tNaik");

        Assert.Empty(result.Akip);
    }

    [Fact]
    public void Years_as_rows_with_target_and_realisasi_of_the_akip_give_both_per_year()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Target dan Realisasi Nilai AKIP Tahun 2021-2023",
            string.Empty,
            "No\tTahun\tTarget\tRealisasi\tPredikat",
            "1\t2021\t60,00\t61,20\tB",
            "2\t2022\t62,00\t63,50\tB",
            "3\t2023\t66,00\t67,40\tB");

        var realized = result.Akip.Where(a => a.Kind == AkipValueKind.Realization).ToList();
        var targets = result.Akip.Where(a => a.Kind == AkipValueKind.Target).ToList();
        Assert.Equal([61.20m, 63.50m, 67.40m], realized.Select(a => a.Total!.Value));
        Assert.Equal(["B", "B", "B"], realized.Select(a => a.Predikat));
        Assert.Equal([60.00m, 62.00m, 66.00m], targets.Select(a => a.Total!.Value));
        Assert.Equal([2021, 2022, 2023], targets.Select(a => a.Year));
        Assert.All(targets, t => Assert.Null(t.Predikat));
        Assert.Equal([Report.Line(5), Report.Line(6), Report.Line(7)], targets.Select(a => a.Source.Line));
    }

    [Fact]
    public void A_capaian_column_beside_the_other_akip_components_is_the_fifth_component()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Perkembangan Nilai AKIP",
            string.Empty,
            "Tahun\tPerencanaan\tPengukuran\tPelaporan\tEvaluasi Internal\tCapaian Kinerja\tNilai Akhir\tPredikat",
            "2020\t20,10\t15,00\t10,00\t7,90\t10,12\t63,12\tB",
            "2021\t21,10\t16,00\t10,50\t8,10\t10,60\t66,30\tB");

        Assert.Equal([10.12m, 10.60m], result.Akip.Select(a => a.Components[AkipComponent.Capaian]));
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.SumMismatch or FindingKind.CategoryMismatch);
    }

    [Fact]
    public void A_recap_with_a_score_column_per_year_gives_each_unit_one_evaluation_per_year_with_its_own_predikat()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Hasil Evaluasi AKIP Kecamatan se-Kabupaten Contoh Raya Tahun 2022-2023",
            "No\tKecamatan\tNilai AKIP 2022\tNilai AKIP 2023\tPredikat 2023",
            "1\tKecamatan Teluk Indah\t65,12\t67,50\tB",
            "2\tKecamatan Bumi Waras\t63,00\t66,50\tB");

        Assert.Equal(
            [("Kecamatan Bumi Waras", 2022, 63.00m, (string?)null), ("Kecamatan Bumi Waras", 2023, 66.50m, "B"),
             ("Kecamatan Teluk Indah", 2022, 65.12m, null), ("Kecamatan Teluk Indah", 2023, 67.50m, "B")],
            result.Akip.OrderBy(a => a.Unit).ThenBy(a => a.Year).Select(a => (a.Unit, a.Year, a.Total!.Value, a.Predikat)));
    }
}
