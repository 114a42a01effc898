using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class IndicatorAuditTests
{
    [Fact]
    public void A_miscomputed_capaian_is_reported_with_the_recomputed_value()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Realisasi Kinerja Tahun 2023",
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI\tCAPAIAN",
            "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\t80,00\t90,10\t112,25%");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal(112.25m, finding.Reported.Value);
        Assert.Equal(112.63m, finding.Expected.Value);
        Assert.Contains("dilaporkan 112,25%, dihitung 112,63%", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_is_better_indicator_uses_the_reports_own_formula()
    {
        var result = Report.Extract(
            "Capaian Kinerja = Target - (Realisasi - Target) / Target x 100",
            string.Empty,
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI\tCAPAIAN",
            "1\tMenurunnya gangguan\tAngka kematian ibu\t10\t12\t80%");

        Assert.Equal(LowerIsBetterMethod.TwoTargetMinusRealization, result.Document.LowerIsBetterMethod);
        Assert.Equal(Polarity.LowerIsBetter, result.Indicators[0].Polarity);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Theory]
    [InlineData("Persentase ASN yang Dijatuhi Hukuman Disiplin")]
    [InlineData("Persentase ASN yang dijatuhi hukuman")]
    public void Civil_servants_punished_for_indiscipline_are_lower_is_better(string indicator)
    {
        var result = Report.Extract(
            "Capaian Kinerja = (2 x Target - Realisasi) / Target x 100%",
            string.Empty,
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI\tCAPAIAN",
            $"1\tMeningkatnya Disiplin Aparatur\t{indicator}\t0,75\t0,84\t88,00%");

        Assert.Equal(Polarity.LowerIsBetter, result.Indicators[0].Polarity);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_figure_printed_differently_in_the_prose_is_table_vs_text()
    {
        var result = Report.Extract(
            "TABEL III.1",
            "NO\tINDIKATOR\tTARGET TAHUNAN\tREALISASI TAHUN 2023",
            "1\tPersentase Pelaksanaan Tugas Pemerintahan Umum\t100\t93,16",
            string.Empty,
            "Target tahun 2023 Persentase Pelaksanaan Tugas Pemerintahan Umum adalah 100%, Capaian tahun 2023 adalah 93,19 % atau sebesar 93,19%.",
            string.Empty,
            "TABEL III.2",
            "NO\tINDIKATOR\tTARGET TAHUNAN\tREALISASI TAHUN 2023",
            "1\tPersentase Pelaksanaan Tugas Pemerintahan Umum\t100\t93,16");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsText);
        Assert.Equal(93.19m, finding.Reported.Value);
        Assert.Equal(SourceRef.Prose, finding.Reported.Location.Table);
        Assert.Equal(93.16m, finding.Expected.Value);
        Assert.Equal("TABEL III.1", finding.Expected.Location.Table);
    }

    [Fact]
    public void The_same_target_printed_two_ways_in_two_tables_is_table_vs_table()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1.\tMeningkatnya Kualitas Pelayanan\tNilai Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik\t%\t80",
            string.Empty,
            "Tabel 3.1",
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI",
            "1\tMeningkatnya Kualitas Pelayanan\tHasil Survei Kepuasan Masyarakat (SKM) pada bidang pelayanan publik.\t90\t85",
            "2\tMeningkatnya Koordinasi\tPersentase rekomendasi yang ditindaklanjuti\t90\t85",
            string.Empty,
            "Tabel 3.2",
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI",
            "1\tMeningkatnya Kualitas Pelayanan\tHasil Survei Kepuasan Masyarakat (SKM) pada Bidang Pelayanan Publik\t90\t85");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal(80m, finding.Reported.Value);
        Assert.Equal("Tabel 2.2", finding.Reported.Location.Table);
        Assert.Equal(90m, finding.Expected.Value);
    }

    [Theory]
    [InlineData("101,39", false)]
    [InlineData("102,70", true)]
    public void A_capaian_measured_against_the_revised_target_is_no_copy_of_one_measured_against_the_first(string capaianAfterRevision, bool copy)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t84,15\t102,62",
            string.Empty,
            "Tabel 3.2",
            "Pengukuran Kinerja setelah Perubahan Tahun 2023",
            "No\tIndikator Kinerja\tTarget Awal\tTarget Perubahan\tRealisasi\tCapaian (%)",
            $"1\tIndeks Kepuasan Masyarakat\t82\t83\t84,15\t{capaianAfterRevision}");

        Assert.Equal(copy, result.Findings.Any(f => f.Kind == FindingKind.TableVsTable));
    }

    [Theory]
    [InlineData("85", false)]
    [InlineData("80", false)]
    [InlineData("88", true)]
    public void The_first_target_of_a_row_that_prints_its_revision_is_no_copy_of_the_revised_target_other_tables_print(string targetMeasured, bool copy)
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Perjanjian Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget Awal\tTarget Perubahan",
            "1\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t80\t85",
            string.Empty,
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi",
            $"1\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t{targetMeasured}\t88,24");

        Assert.Equal(copy, result.Findings.Any(f => f.Kind == FindingKind.TableVsTable));
    }

    [Fact]
    public void Two_indicators_named_alike_are_not_copies_of_one_another()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI",
            "1\tMeningkatnya Kompetensi ASN\tPersentase ASN yang Memenuhi\t40,00\t42,70",
            "2\tMeningkatnya Kompetensi ASN\tPersentase ASN yang Mengikuti\t55,00\t46,97",
            string.Empty,
            "Tabel 3.4",
            "NO.\tINDIKATOR SASARAN\tTARGET\tREALISASI",
            "1\tPersentase ASN yang Memenuhi Standar Kompetensi Jabatan\t40,00\t47,20",
            "2\tPersentase ASN yang Mengikuti Pengembangan Kompetensi\t55,00\t46,97");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal(47.20m, finding.Reported.Value);
        Assert.Equal(42.70m, finding.Expected.Value);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("persen")]
    public void A_category_outside_the_reports_own_scale_is_a_category_mismatch(string percent)
    {
        var result = Report.Extract(
            "No\tCAPAIAN KINERJA\tKETERANGAN",
            $"1.\tLebih dari 100 {percent}\tSANGAT BAIK",
            $"2.\t76 {percent} s/d 100 {percent}\tBAIK",
            $"3.\t55 {percent} s/d 75 {percent}\tCUKUP",
            $"4.\tKurang dari 55 {percent}\tKURANG",
            string.Empty,
            "Sasaran 1 : Meningkatnya Kualitas Pelayanan mendapat predikat nilai Baik.",
            string.Empty,
            "Tabel 3.1",
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI\tCAPAIAN\tKATEGORI",
            "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\t100\t72,1\t72,1%\tBAIK");

        Assert.Equal(4, result.ScaleOf(ScaleKind.Capaian).Count);
        Assert.Equal(2, result.Findings.Count(f => f.Kind == FindingKind.CategoryMismatch));
        Assert.All(result.Findings.Where(f => f.Kind == FindingKind.CategoryMismatch), f => Assert.Equal("CUKUP", f.Expected.Text));
    }

    [Fact]
    public void A_report_stating_no_lower_is_better_formula_may_use_either_of_the_two_in_use()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tJumlah kasus kebakaran\tKasus\t20\t25\t75,00",
            "2\tJumlah kasus gizi buruk\tKasus\t20\t25\t80,00",
            "3\tJumlah kasus stunting\tKasus\t20\t25\t90,00");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal([Report.Line(7)], finding.Lines);
    }
}
