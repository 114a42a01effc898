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
}
