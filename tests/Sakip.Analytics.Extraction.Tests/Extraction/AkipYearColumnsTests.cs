using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>AKIP tables whose columns are years: target and realization as rows, or the components with a named total row.</summary>
public class AkipYearColumnsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Target_and_realization_rows_under_year_columns_give_a_target_and_a_realization_per_year_on_their_rows(bool english)
    {
        string[] lines =
        [
            "Tabel 3.7",
            "Target dan Realisasi Nilai AKIP Kecamatan Teluk Indah Tahun 2021-2023",
            string.Empty,
            "Uraian\t2021\t2022\t2023",
            "Target Nilai AKIP\t60,00\t65,00\t70,00",
            "Realisasi Nilai AKIP\t62,10\t66,75\t71,02",
            "Capaian (%)\t103,50\t102,69\t101,46",
            "Predikat\tB\tB\tBB",
            string.Empty,
            "Sumber: LHE AKIP Inspektorat Kabupaten Contoh Raya",
        ];
        var result = Report.Extract(english ? [.. lines.Select(l => l.Contains('\t', StringComparison.Ordinal) ? l.Replace(',', '.') : l)] : lines);

        var targets = result.Akip.Where(a => a.Kind == AkipValueKind.Target).ToList();
        var realizations = result.Akip.Where(a => a.Kind == AkipValueKind.Realization).ToList();
        Assert.Equal([2021, 2022, 2023], targets.Select(a => a.Year));
        Assert.Equal([60.00m, 65.00m, 70.00m], targets.Select(a => a.Total!.Value));
        Assert.All(targets, a => Assert.Equal(Report.Line(5), a.Source.Line));
        Assert.Equal([62.10m, 66.75m, 71.02m], realizations.Select(a => a.Total!.Value));
        Assert.All(realizations, a => Assert.Equal(Report.Line(6), a.Source.Line));
        Assert.Equal(["B", "B", "BB"], realizations.Select(a => a.Predikat));
        Assert.Equal([103.50m, 102.69m, 101.46m], realizations.Select(a => a.TotalReportedPercent!.Value));
        Assert.All(result.Akip, a => Assert.Empty(a.Components));
        Assert.All(result.Akip, a => Assert.NotNull(a.Evaluator));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
    }

    [Fact]
    public void A_header_the_converter_printed_twice_in_a_row_is_read_once()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Target dan Realisasi Nilai AKIP Kecamatan Teluk Indah Tahun 2021-2023",
            string.Empty,
            "Uraian\t2021\t2022\t2023",
            "Uraian\t2021\t2022\t2023",
            "Target Nilai AKIP\t60,00\t65,00\t70,00",
            "Realisasi Nilai AKIP\t62,10\t66,75\t71,02",
            "Predikat\tB\tB\tBB");

        var realizations = result.Akip.Where(a => a.Kind == AkipValueKind.Realization).ToList();
        Assert.Equal([2021, 2022, 2023], realizations.Select(a => a.Year));
        Assert.Equal([62.10m, 66.75m, 71.02m], realizations.Select(a => a.Total!.Value));
        Assert.Equal([60.00m, 65.00m, 70.00m], result.Akip.Where(a => a.Kind == AkipValueKind.Target).Select(a => a.Total!.Value));
    }

    [Fact]
    public void A_predikat_that_does_not_fit_its_year_total_is_a_finding()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Nilai AKIP Tahun 2022-2023",
            string.Empty,
            "Uraian\tTahun 2022\tTahun 2023",
            "Target\t65,00\t70,00",
            "Realisasi\t66,75\t71,02",
            "Predikat\tB\tB");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
        Assert.Equal(Report.Line(7), finding.Reported.Location.Line);
        Assert.Contains("2023", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Grades_printed_with_the_scores_and_ikm_rows_in_the_same_table_are_each_read()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Capaian Kinerja Tahun 2022-2023",
            string.Empty,
            "No\tUraian\t2022\t2023",
            "1\tTarget Nilai SAKIP\tBB (73,00)\tBB (75,00)",
            "2\tRealisasi Nilai SAKIP\tBB (72,16)\tBB (70,15)",
            "3\tRealisasi IKM\t84,10\t86,40",
            "4\tMutu Pelayanan\tB\tB");

        Assert.Equal([73.00m, 72.16m, 75.00m, 70.15m], result.Akip.Select(a => a.Total!.Value));
        Assert.All(result.Akip, a => Assert.Equal("BB", a.Predikat));
        Assert.Equal([84.10m, 86.40m], result.Ikm.Select(i => i.Ikm!.Value));
        Assert.All(result.Ikm, i => Assert.Equal(Report.Line(7), i.Source.Line));
        Assert.All(result.Ikm, i => Assert.Equal("B", i.Mutu));
    }

    [Fact]
    public void An_indicator_table_with_year_columns_is_not_an_akip_table()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Capaian Nilai AKIP Tahun 2021-2023",
            string.Empty,
            "No\tIndikator Kinerja\t2021\t2022\t2023",
            "1\tNilai AKIP\t62,10\t66,75\t71,02",
            "2\tPersentase Dokumen Perencanaan Tepat Waktu\t90,00\t95,00\t100,00");

        Assert.Empty(result.Akip);
    }

    [Theory]
    [InlineData("Jumlah")]
    [InlineData("Total")]
    [InlineData("Nilai Akuntabilitas Kinerja")]
    public void Components_under_year_columns_take_their_total_from_the_row_so_named(string totalName)
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Hasil Evaluasi AKIP Tahun 2021-2023",
            string.Empty,
            "No\tKomponen\tTahun\t\t",
            "\t\t2021\t2022\t2023",
            "1\tPerencanaan Kinerja\t19,50\t20,10\t21,60",
            "2\tPengukuran Kinerja\t17,20\t18,00\t19,50",
            "3\tPelaporan Kinerja\t9,80\t10,00\t10,50",
            "4\tEvaluasi Akuntabilitas Kinerja Internal\t15,60\t17,90\t19,40",
            $"\t{totalName}\t62,10\t66,00\t71,00",
            "\tPredikat\tB\tB\tBB");

        Assert.Equal([2021, 2022, 2023], result.Akip.Select(a => a.Year));
        Assert.Equal([62.10m, 66.00m, 71.00m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(["B", "B", "BB"], result.Akip.Select(a => a.Predikat));
        Assert.All(result.Akip, a => Assert.Equal(Report.Line(10), a.Source.Line));
        Assert.All(result.Akip, a => Assert.Equal(4, a.Components.Count));
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.SumMismatch or FindingKind.CategoryMismatch);
    }

    [Fact]
    public void The_capaian_row_under_year_columns_gives_the_nilai_akip_capaian_on_its_own_line()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tTarget\tRealisasi",
            "1\tNilai AKIP Kecamatan\t70,00\t71,02",
            string.Empty,
            "Tabel 3.7",
            "Target dan Realisasi Nilai AKIP Tahun 2022-2023",
            string.Empty,
            "Uraian\t2022\t2023",
            "Target Nilai AKIP\t65,00\t70,00",
            "Realisasi Nilai AKIP\t66,75\t71,02",
            "Capaian (%)\t102,69\t101,46",
            "Predikat\tB\tBB");

        var capaian = result.Indicators.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian).ToList();
        Assert.Equal([102.69m, 101.46m], capaian.Select(v => v.Value));
        Assert.All(capaian, v => Assert.Equal(Report.Line(13), v.Source.Line));
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Realization, Year: 2022, Value: 66.75m } && v.Source.Line == Report.Line(12));
    }

    [Fact]
    public void Year_labels_under_a_nilai_group_beside_the_weights_take_the_nilai_hasil_evaluasi_row_as_total()
    {
        var result = Report.Extract(
            "Tabel 3.12",
            "Rincian Komponen Penilaian AKIP",
            string.Empty,
            "No\tKomponen yang Dinilai\tBobot\tNilai",
            "\t\t\tTahun 2021\tTahun 2022",
            "1\tPerencanaan Kinerja\t30\t21,60\t22,15",
            "2\tPengukuran Kinerja\t25\t17,05\t17,40",
            "3\tPelaporan Kinerja\t15\t10,40\t10,85",
            "4\tEvaluasi Akuntabilitas Kinerja Internal\t10\t6,10\t6,30",
            "5\tCapaian Kinerja\t20\t16,25\t15,75",
            "\tNilai Hasil Evaluasi\t100\t71,40\t72,35",
            "\tPredikat\t\tBB\tBB");

        Assert.Equal([2021, 2022], result.Akip.Select(a => a.Year));
        Assert.Equal([71.40m, 72.35m], result.Akip.Select(a => a.Total!.Value));
        Assert.All(result.Akip, a => Assert.Equal(Report.Line(11), a.Source.Line));
        Assert.All(result.Akip, a => Assert.Equal(5, a.Components.Count));

        // 22,15 + 17,40 + 10,85 + 6,30 + 15,75 = 72,45: the printed 2022 total is kept and the difference found.
        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.SumMismatch);
        Assert.Equal(72.35m, finding.Reported.Value);
        Assert.Contains("2022", finding.Description, StringComparison.Ordinal);
    }
}
