using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>The capaian printed against the end-of-Renstra target, recomputed from the row's realization and last target.</summary>
public class RenstraCapaianAuditTests
{
    [Fact]
    public void A_capaian_against_the_end_target_that_does_not_follow_from_its_row_is_miscomputed()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi Kinerja Tahun 2023 dengan Target Akhir Renstra 2021-2026",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget Akhir Renstra (2026)\tRealisasi 2023\tTingkat Capaian terhadap Target Akhir (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t86,50\t85,14\t98,34",
            "2\tPersentase layanan PATEN yang diselesaikan tepat waktu\t%\t98,00\t96,40\t98,37");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
        Assert.Equal([Report.Line(5)], finding.Lines);
        Assert.Contains("98,34", finding.Description, StringComparison.Ordinal);
        Assert.Contains("98,43", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cumulative_capaian_over_the_period_so_far_is_not_taken_for_one_against_the_end_target()
    {
        var result = Report.Extract(
            "TABEL III.2",
            "TABEL PENGUKURAN KINERJA",
            string.Empty,
            "NO\tINDIKATOR\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2023 (%)\tTARGET AKHIR RENSTRA (2026)\tCAPAIAN S/D 2023 TERHADAP RENSTRA 2021-2026 (%)",
            "1.\tIndeks Kepuasan Masyarakat\t87\t86,98\t89\t19,77");

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_capaian_against_the_years_renstra_target_is_no_copy_of_one_against_the_end_target()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian terhadap Renstra dan PK",
            string.Empty,
            "No\tIndikator Kinerja\tTarget Renstra 2023\tTarget PK 2023\tRealisasi 2023\tCapaian thd Renstra (%)\tCapaian thd PK (%)",
            "1\tPersentase penyelamatan dan evakuasi korban\t88\t90\t100\t113,64\t111,11",
            string.Empty,
            "Tabel 3.3",
            "Capaian terhadap Target Akhir",
            string.Empty,
            "No\tIndikator Kinerja\tTarget 2023\tRealisasi 2023\tCapaian 2023 (%)\tTarget Akhir Renstra (2026)\tCapaian s.d. 2023 thd 2026 (%)",
            "1\tPersentase penyelamatan dan evakuasi korban\t90\t100\t111,11\t95\t105,26",
            string.Empty,
            "Tabel 3.4",
            "Capaian terhadap Target Akhir Renstra",
            string.Empty,
            "No\tIndikator Kinerja\tTarget Akhir Renstra (2026)\tRealisasi 2023\tCapaian s.d. 2023 thd 2026 (%)",
            "1\tPersentase penyelamatan dan evakuasi korban\t95\t100\t105,62");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal([Report.Line(11), Report.Line(17)], finding.Lines);
    }

    [Fact]
    public void A_rows_realization_for_the_year_and_its_running_total_are_no_copies_of_each_other()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Realisasi Kumulatif",
            string.Empty,
            "No\tIndikator Kinerja\tRealisasi s.d. 2022\tTarget 2023\tRealisasi 2023\tRealisasi s.d. 2023",
            "1\tJumlah personil yang dilatih\t120\t40\t45\t165",
            string.Empty,
            "Tabel 3.6",
            "Pengukuran Kinerja",
            string.Empty,
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tJumlah personil yang dilatih\t40\t48\t120,00");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal([Report.Line(5), Report.Line(11)], finding.Lines);
        Assert.Contains("48", finding.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("165", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_indicator_at_a_sasaran_and_at_its_program_on_one_row_are_still_copies()
    {
        var result = Report.Extract(
            "Tabel 3.16",
            "Analisis Program dan Kegiatan yang Menunjang Keberhasilan atau Kegagalan Pencapaian Kinerja",
            string.Empty,
            "NO\tSASARAN STRATEGIS\tINDIKATOR SASARAN\t% Capaian\tPROGRAM DAN KEGIATAN\tINDIKATOR KEGIATAN\t% Capaian\tMenunjang/ Tidak Menunjang",
            "1\tMeningkatnya akuntabilitas kinerja\tNilai AKIP\t93,53\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA\tNilai AKIP\t100\tMenunjang");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal([Report.Line(5)], finding.Lines);
    }
}
