using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Header cells split over two or three lines, where the lower line decides the value's kind or year.</summary>
public class WrappedHeaderKindTests
{
    [Fact]
    public void Target_over_Renstra_over_its_year_is_the_Renstra_target_beside_the_PK_target()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tTarget\tRealisasi\tCapaian",
            "\t\t\tRenstra\tPK\t2023\t(%)",
            "\t\t\t2023\t2023",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t82\t83,1\t101,34");

        Assert.Equal(
            [
                (2023, IndicatorValueKind.RenstraTarget, "80"), (2023, IndicatorValueKind.Target, "82"),
                (2023, IndicatorValueKind.Realization, "83,1"), (2023, IndicatorValueKind.ReportedCapaian, "101,34"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(6)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void A_second_header_line_of_wrapped_words_only_still_belongs_to_the_header()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Pengukuran Kinerja",
            "No\tIndikator Kinerja\tSatuan\tTarget\tTarget PK\tRealisasi\tCapaian",
            "\t\t\tRenstra\tPerubahan",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80\t82\t83,1\t101,34");

        Assert.Equal(
            [
                (2023, IndicatorValueKind.RenstraTarget, "80"), (2023, IndicatorValueKind.TargetRevised, "82"),
                (2023, IndicatorValueKind.Realization, "83,1"), (2023, IndicatorValueKind.ReportedCapaian, "101,34"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void End_target_year_printed_under_it_beside_a_cumulative_realization_stays_the_end_year()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "Capaian Kinerja s.d. Tahun 2023 dibandingkan Target Akhir Renstra",
            "No\tIndikator Kinerja\tTarget Akhir Renstra\tRealisasi\tCapaian",
            "\t\t(2026)\ts.d. 2023\t(%)",
            "1\tIndeks Kepuasan Masyarakat\t85\t83,1\t97,76");

        Assert.Equal(
            [
                (2026, IndicatorValueKind.RenstraTarget, "85"), (2023, IndicatorValueKind.Realization, "83,1"),
                (2023, IndicatorValueKind.ReportedCapaianRenstra, "97,76"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void End_target_and_its_capaian_wrapped_beside_the_years_own_columns_keep_the_end_year_and_the_renstra_kind()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Capaian Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tTarget Akhir\tCapaian s.d. 2023",
            "\t\t\t\t(%)\tRenstra 2026\tthd Target Akhir (%)",
            "1\tIndeks Kepuasan Masyarakat\t82\t83,1\t101,34\t85\t97,76");

        Assert.Equal(
            [
                (2023, IndicatorValueKind.Target, "82"), (2023, IndicatorValueKind.Realization, "83,1"), (2023, IndicatorValueKind.ReportedCapaian, "101,34"),
                (2026, IndicatorValueKind.RenstraTarget, "85"), (2023, IndicatorValueKind.ReportedCapaianRenstra, "97,76"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void Quarters_under_Target_Triwulan_beside_the_years_target_are_not_the_years_target()
    {
        var result = Report.Extract(
            "Lampiran",
            "PERJANJIAN KINERJA TAHUN 2023",
            "KEPALA SEKSI PEMERINTAHAN",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget Triwulan\t\t\t\tTarget",
            "\t\t\t\tI\tII\tIII\tIV\tTahun 2023",
            "1\tMeningkatnya tertib administrasi desa\tPersentase desa yang tertib administrasi\t%\t25\t50\t75\t100\t100");

        Assert.Equal(
            [(2023, IndicatorValueKind.Target, "100")],
            result.Indicators.Where(v => v.Source.Line == Report.Line(6)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Theory]
    [InlineData("\t\t\t\t2023\t\t2022\t")]
    [InlineData("\t\t\tTahun 2023\t\t\tTahun 2022")]
    public void A_capaian_after_last_years_realization_is_last_years_capaian(string years)
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Capaian Kinerja",
            "No\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian\tRealisasi\tCapaian",
            years,
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,1\t101,34\t81,5\t99,39");

        Assert.Equal(
            [
                (2023, IndicatorValueKind.Target, "82"), (2023, IndicatorValueKind.Realization, "83,1"), (2023, IndicatorValueKind.ReportedCapaian, "101,34"),
                (2022, IndicatorValueKind.Realization, "81,5"), (2022, IndicatorValueKind.ReportedCapaian, "99,39"),
            ],
            result.Indicators.Where(v => v.Source.Line == Report.Line(5)).Select(v => (v.Year, v.Kind, v.Text)).ToList());
    }

    [Fact]
    public void In_a_revised_agreement_the_first_target_beside_the_revised_one_is_the_original_target()
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Perubahan Perjanjian Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget PK\tTarget PK\tKeterangan",
            "\t\t\tAwal\tPerubahan",
            "1.\tPersentase tingkat waktu tanggap (response time rate)\t%\t75\t72\tPenambahan cakupan WMK");

        Assert.Equal(
            [(IndicatorValueKind.Target, "75"), (IndicatorValueKind.TargetRevised, "72")],
            result.Indicators.Select(v => (v.Kind, v.Text)).ToList());
    }

    [Theory]
    [InlineData("Keterangan : *) target sesuai Perubahan Perjanjian Kinerja Tahun 2023")]
    [InlineData("*) target PK Perubahan")]
    public void A_target_marked_by_a_note_under_the_table_as_the_revised_agreements_is_the_revised_target(string note)
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase pelayanan penyelamatan dan evakuasi korban kebakaran\t%\t97\t96,88\t99,88",
            "2\tPersentase tingkat waktu tanggap (response time rate)\t%\t72 *)\t70,40\t97,78",
            note);

        Assert.Equal(
            [(IndicatorValueKind.Target, "97"), (IndicatorValueKind.TargetRevised, "72 *)")],
            result.Indicators.Where(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised).Select(v => (v.Kind, v.Text)).ToList());
    }

    [Theory]
    [InlineData("72 *)", "*) angka sementara", "")]
    [InlineData("72 *)", "*) angka sementara", "Sumber : Dokumen Perubahan Renstra 2021-2026")]
    [InlineData("72 **)", "*) target PK Perubahan", "**) angka sementara")]
    public void A_target_marked_by_a_note_of_something_else_stays_the_target(string cell, string note, string nextNote)
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\tPersentase tingkat waktu tanggap (response time rate)\t%\t{cell}\t70,40\t97,78",
            note,
            nextNote);

        Assert.Equal(IndicatorValueKind.Target, Assert.Single(result.Indicators, v => v.Text == cell).Kind);
    }

    [Fact]
    public void A_marked_target_in_a_table_of_years_is_the_revised_target_of_its_year()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tRealisasi",
            "1\tPersentase tingkat waktu tanggap (response time rate)\t%\t70,40",
            string.Empty,
            "Tabel 3.4",
            "Perbandingan Realisasi Persentase Tingkat Waktu Tanggap (Response Time Rate) Tahun 2021-2023",
            "Tahun\tTarget\tRealisasi\tCapaian",
            "2021\t65,00\t64,10\t98,62",
            "2022\t70,00\t71,35\t101,93",
            "2023\t72,00 *)\t70,40\t97,78",
            "*) target PK Perubahan");

        Assert.Equal(
            [(2021, IndicatorValueKind.Target), (2022, IndicatorValueKind.Target), (2023, IndicatorValueKind.TargetRevised)],
            result.Indicators.Where(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised).Select(v => (v.Year, v.Kind)).ToList());
    }

    [Fact]
    public void A_target_before_the_revision_is_the_target_though_its_label_says_perubahan()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget Sebelum Perubahan\tTarget Setelah Perubahan\tRealisasi",
            "1\tPersentase tingkat waktu tanggap (response time rate)\t%\t75\t72\t70,40");

        Assert.Equal(
            [(IndicatorValueKind.Target, "75"), (IndicatorValueKind.TargetRevised, "72")],
            result.Indicators.Where(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised).Select(v => (v.Kind, v.Text)).ToList());
    }
}
