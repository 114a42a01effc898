using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class NearNamedIndicatorAuditTests
{
    [Fact]
    public void Water_and_air_quality_indices_are_two_indicators_and_only_the_real_disagreement_is_found()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas lingkungan hidup\tIndeks Kualitas Air\tIndeks\t55,00\t52,30\t95,09",
            "\t\tIndeks Kualitas Udara\tIndeks\t85,00\t88,10\t103,65",
            string.Empty,
            "Tabel 3.2",
            "Perbandingan Realisasi Kinerja Tahun 2022 dan 2023",
            "No\tIndikator Kinerja\tRealisasi 2022\tRealisasi 2023",
            "1\tIndeks Kualitas Air\t51,20\t52,30",
            "2\tIndeks Kualitas Udara\t86,40\t88,01");

        var finding = Assert.Single(result.Findings, f => f.Kind is FindingKind.TableVsTable or FindingKind.TableVsText);
        Assert.Equal(88.01m, finding.Reported.Value);
        Assert.Equal(88.10m, finding.Expected.Value);
    }

    [Fact]
    public void A_count_and_a_share_of_the_same_thing_are_two_indicators()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Capaian Kinerja Program dan Kegiatan Tahun 2023",
            "No\tProgram/Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tProgram Pencegahan dan Penanggulangan Kebakaran\tPersentase kejadian kebakaran yang ditangani\t%\t100\t100\t100",
            "\tKegiatan Pemadaman dan Penyelamatan Kebakaran\tJumlah kejadian kebakaran yang ditangani\tKejadian\t80\t86\t107,50",
            string.Empty,
            "Tabel 3.6",
            "No\tIndikator Kinerja\tRealisasi 2022\tRealisasi 2023",
            "1\tPersentase kejadian kebakaran yang ditangani\t100\t100",
            "2\tJumlah kejadian kebakaran yang ditangani\t74\t87");

        Assert.Equal((87m, 86m), TheOneDisagreement(result));
    }

    [Fact]
    public void Maternal_and_infant_mortality_are_two_indicators()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya derajat kesehatan masyarakat\tAngka Kematian Ibu\tper 100.000 KH\t110\t98\t110,91",
            "\t\tAngka Kematian Bayi\tper 1.000 KH\t8\t7,2\t111,11",
            string.Empty,
            "Angka Kematian Ibu sebesar 98 per 100.000 kelahiran hidup dari target 110, Angka Kematian Bayi sebesar 7,2 per 1.000 kelahiran hidup dari target 8.");

        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.TableVsTable or FindingKind.TableVsText);
    }

    [Fact]
    public void School_levels_named_by_abbreviation_are_two_indicators_but_an_abbreviation_in_parentheses_is_not_a_word_of_its_own()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi",
            "1\tMeningkatnya akses pendidikan\tAngka Partisipasi Murni SD\t%\t98\t97",
            "\t\tAngka Partisipasi Murni SMP\t%\t80\t84",
            "2\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat (IKM)\tIndeks\t80\t82",
            string.Empty,
            "Tabel 3.2",
            "No\tIndikator Kinerja\tRealisasi 2023",
            "1\tAngka Partisipasi Murni SD\t97",
            "2\tAngka Partisipasi Murni SMP\t84",
            "3\tIndeks Kepuasan Masyarakat (SKM)\t83");

        var finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.TableVsTable);
        Assert.Equal(83m, finding.Reported.Value);
        Assert.Equal(82m, finding.Expected.Value);
    }

    [Theory]
    [InlineData("Persentase pelayanan penyelamatan dan evakuasi korban kebakaran", "Persentase pelayanan penyelamatan dan evakuasi korban non kebakaran")]
    [InlineData("Persentase kejadian kebakaran yang ditangani tepat waktu", "Persentase kejadian kebakaran yang tidak ditangani tepat waktu")]
    [InlineData("Persentase penyelamatan non kebakaran yang ditangani", "Persentase penyelamatan kebakaran yang ditangani")]
    [InlineData("Persentase kejadian kebakaran dengan waktu tanggap ≤ 15 menit", "Persentase kejadian kebakaran dengan waktu tanggap ≤ 30 menit")]
    [InlineData("Jumlah pos pemadam kebakaran tipe A", "Jumlah pos pemadam kebakaran tipe B")]
    [InlineData("Jumlah aparatur bersertifikat Pemadam I", "Jumlah aparatur bersertifikat Pemadam II")]
    public void Names_told_apart_by_a_negation_a_number_a_letter_or_a_numeral_are_two_indicators(string first, string second)
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Capaian Indikator Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\t{first}\t%\t80\t82\t102,50",
            $"2\t{second}\t%\t95\t97\t102,11",
            string.Empty,
            "Tabel 3.11",
            "Perbandingan Realisasi Tahun 2022 dan 2023",
            "No\tIndikator Kinerja\tRealisasi 2022\tRealisasi 2023",
            $"1\t{first}\t80\t82",
            $"2\t{second}\t96\t96");

        Assert.Equal((96m, 97m), TheOneDisagreement(result));
    }

    [Fact]
    public void A_number_printed_with_or_without_group_separators_names_the_same_indicator()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Capaian Indikator Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tRasio petugas pemadam kebakaran per 10.000 penduduk\tRasio\t1,2\t1,1\t91,67",
            string.Empty,
            "Tabel 3.11",
            "Perbandingan Realisasi Tahun 2022 dan 2023",
            "No\tIndikator Kinerja\tRealisasi 2022\tRealisasi 2023",
            "1\tRasio petugas pemadam kebakaran per 10000 penduduk\t1,0\t1,25");

        Assert.Equal((1.25m, 1.1m), TheOneDisagreement(result));
    }

    /// <summary>The printed and the expected figure of the one disagreement between tables (or a table and the text).</summary>
    private static (decimal? Reported, decimal? Expected) TheOneDisagreement(ExtractionResult result)
    {
        var finding = Assert.Single(result.Findings, f => f.Kind is FindingKind.TableVsTable or FindingKind.TableVsText);
        return (finding.Reported.Value, finding.Expected.Value);
    }
}
