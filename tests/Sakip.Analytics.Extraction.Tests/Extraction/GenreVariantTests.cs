using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Layouts and wordings met in reports of other units than the three seeds (a dinas, year-by-year measurement tables).</summary>
public class GenreVariantTests
{
    [Theory]
    [InlineData("DINAS KOMUNIKASI DAN INFORMATIKA", "Dinas Komunikasi dan Informatika")]
    [InlineData("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Contoh Raya", "Dinas Kependudukan dan Pencatatan Sipil")]
    [InlineData("BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH", "Badan Perencanaan Pembangunan Penelitian dan Pengembangan Daerah")]
    [InlineData("KECAMATAN TELUK INDAH DAN KECAMATAN LAIN", "Kecamatan Teluk Indah")]
    public void A_dinas_or_badan_name_joined_by_dan_is_one_unit(string cover, string unit)
    {
        var text = string.Join('\n', "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024", string.Empty, cover, string.Empty, "PEMERINTAH KABUPATEN CONTOH RAYA");

        var result = new ReportExtractor().ExtractText("contoh.txt", text);

        Assert.Equal(unit, result.Document.Unit);
    }

    [Fact]
    public void Targets_measured_year_by_year_beside_their_realizations_are_yearly_targets_not_renstra()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Capaian Kinerja Sasaran 1 Tahun 2021-2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTahun 2021\t\t\tTahun 2022\t\t\tTahun 2023\t\t",
            "\t\t\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks SPBE\tIndeks\t2,30\t2,36\t102,61\t2,50\t2,54\t101,60\t2,70\t2,62\t97,04");

        var targets = result.Indicators.Where(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.RenstraTarget).ToList();
        Assert.Equal(3, targets.Count);
        Assert.All(targets, t => Assert.Equal(IndicatorValueKind.Target, t.Kind));
    }

    [Fact]
    public void Targets_of_many_years_in_one_block_stay_renstra_targets()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Capaian Nilai AKIP Tahun 2021-2023",
            string.Empty,
            "Indikator Kinerja\tSatuan\tTarget\t\t\tRealisasi\t\t",
            "\t\t2021\t2022\t2023\t2021\t2022\t2023",
            "Nilai AKIP\tNilai\t70,07\t73,00\t75,00\t70,07\t72,16\t70,15");

        Assert.Equal(3, result.Indicators.Count(v => v.Kind == IndicatorValueKind.RenstraTarget));
    }

    [Fact]
    public void A_percentage_in_brackets_after_a_figure_is_its_capaian()
    {
        var result = Report.Extract(
            "NO.\tSASARAN STRATEGIS\tINDIKATOR SASARAN\tTARGET\tREALISASI\tCAPAIAN",
            "1\tMeningkatnya Konektivitas\tPersentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah\t90\t93,02\t103,36%",
            string.Empty,
            "Secara umum, Persentase Perangkat Daerah yang Terhubung Jaringan Intra Pemerintah terealisasi 93,02% (103,36%).");

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Contains(prose, v => v.Kind == IndicatorValueKind.Realization && v.Value == 93.02m);
        Assert.Contains(prose, v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Value == 103.36m);
        Assert.DoesNotContain(prose, v => v.Kind == IndicatorValueKind.Realization && v.Value == 103.36m);
    }

    [Fact]
    public void A_table_continued_after_a_page_break_keeps_its_hierarchy_and_totals()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "Kode Rekening\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "2.16.03\tPROGRAM PENGELOLAAN APLIKASI INFORMATIKA\t\t\t",
            "2.16.03.1.02\tPengelolaan e-Government\t300,000,000.00\t290,000,000.00\t96.67",
            "2.16.03.1.02.0001\tPengelolaan Pusat Data\t100,000,000.00\t95,000,000.00\t95.00",
            string.Empty,
            string.Empty,
            "LKjIP Kecamatan Teluk Indah Tahun 2023",
            "38",
            string.Empty,
            "Tabel 3.14 (lanjutan)",
            "Kode Rekening\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "2.16.03.1.02.0002\tPenyelenggaraan Jaringan Intra\t200,000,000.00\t195,000,000.00\t97.50",
            "\tJUMLAH TOTAL BELANJA\t300,000,000.00\t290,000,000.00\t96.67",
            string.Empty,
            "Halaman lain: LKjIP Kecamatan Teluk Indah Tahun 2023",
            "LKjIP Kecamatan Teluk Indah Tahun 2023",
            "LKjIP Kecamatan Teluk Indah Tahun 2023");

        var sub = result.Budget.Single(b => b.Code == "2.16.03.1.02.0002");
        Assert.Equal(Report.Line(5), sub.ParentLine);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void Anggaran_belanja_without_a_kind_is_the_whole_budget_and_is_compared_with_other_totals()
    {
        var result = Report.Extract(
            "Kinerja tersebut didukung anggaran belanja sebesar Rp 9.917.009.000,- dengan realisasi sebesar Rp 9.598.177.932,- atau 96,26%.",
            string.Empty,
            "Pada tahun 2023 kecamatan mengelola anggaran belanja setelah perubahan sebesar Rp 9.971.009.000,00 dengan realisasi sebesar Rp 9.598.177.932,00 atau 96,26%.");

        Assert.All(result.Budget, b => Assert.Equal("Jumlah anggaran (teks)", b.Name));
        Assert.Contains(result.Findings, f => f.Reported.Value is 9_917_009_000m or 9_971_009_000m && f.Expected.Value is 9_917_009_000m or 9_971_009_000m);
    }

    [Fact]
    public void Target_and_realisasi_abbreviated_to_T_and_R_under_each_year_are_read()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Capaian Kinerja Tahun 2021 - 2023",
            "No\tIndikator Kinerja\tSatuan\t2021\t\t\t2022\t\t\t2023\t\t",
            "\t\t\tT\tR\t%\tT\tR\t%\tT\tR\t%",
            "1\tPersentase balita stunting\t%\t22\t20,1\t109,45\t20\t18,5\t108,11\t16\t14,2\t112,68");

        var values = result.Indicators.Where(v => v.Indicator == "Persentase balita stunting").ToList();
        Assert.Equal([22m, 20m, 16m], values.Where(v => v.Kind == IndicatorValueKind.Target).OrderBy(v => v.Year).Select(v => v.Value!.Value));
        Assert.Equal([20.1m, 18.5m, 14.2m], values.Where(v => v.Kind == IndicatorValueKind.Realization).OrderBy(v => v.Year).Select(v => v.Value!.Value));
        Assert.Equal([109.45m, 108.11m, 112.68m], values.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian).OrderBy(v => v.Year).Select(v => v.Value!.Value));
    }

    [Theory]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran")]
    [InlineData("Angka kesakitan DBD")]
    [InlineData("Prevalensi balita gizi kurang")]
    public void Response_times_morbidity_and_prevalence_are_lower_is_better(string indicator)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\t{indicator}\tmenit\t15\t14\t107,14");

        Assert.All(result.Indicators, v => Assert.Equal(Polarity.LowerIsBetter, v.Polarity));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_target_printed_as_a_bound_is_read_as_its_number()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
            "1\tAngka Partisipasi Kasar (APK) SD\t≥ 100 %\t102,5 %\t102,50 %",
            "2\tPersentase sekolah terakreditasi\tMin. 90\t92\t102,22");

        var targets = result.Indicators.Where(v => v.Kind == IndicatorValueKind.Target).ToList();
        Assert.Equal([100m, 90m], targets.Select(t => t.Value!.Value));
        Assert.Equal("≥ 100 %", targets[0].Text);
    }

    [Fact]
    public void Without_a_satuan_column_the_satuan_comes_from_brackets_after_the_name_or_from_the_header()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "No\tIndikator Kinerja\tTarget (%)\tRealisasi (%)\tCapaian (%)",
            "1\tAngka kematian ibu (per 100.000 KH)\t95\t90,2\t105,05",
            "2\tPersentase pelayanan penyelamatan korban kebakaran\t100\t98,5\t98,5");

        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Angka", StringComparison.Ordinal)), v => Assert.Equal("per 100.000 KH", v.Satuan));
        Assert.All(result.Indicators.Where(v => v.Indicator.StartsWith("Persentase", StringComparison.Ordinal) && v.Kind != IndicatorValueKind.ReportedCapaian), v => Assert.Equal("%", v.Satuan));
    }

    [Theory]
    [InlineData("45/48 (93,75%)")]
    [InlineData("45 dari 48 (93,75%)")]
    public void A_realization_printed_with_the_counts_it_comes_from_is_the_share(string cell)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\tPersentase pengaduan masyarakat yang ditindaklanjuti\t%\t90\t{cell}\t104,17");

        var realization = Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        Assert.Equal((93.75m, cell), (realization.Value!.Value, realization.Text));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("83,40 / B")]
    [InlineData("B / 83,40")]
    public void A_score_and_its_grade_set_apart_by_a_slash_give_both(string cell)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t{cell}\t101,71");

        var realization = Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.Realization);
        Assert.Equal((83.40m, "B", cell), (realization.Value!.Value, realization.Grade, realization.Text));
    }
}
