using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class ProseReadingTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tPersentase Capaian",
        "1.\tMeningkatkan Kepuasan Masyarakat\tIndeks Kepuasan Masyarakat (IKM)\tNilai\t85,00\t80,50\t94,71%",
        string.Empty,
    ];

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    [InlineData("2.\t")]
    [InlineData("•\t")]
    public void Target_realization_and_capaian_stated_in_a_sentence_are_read_with_their_kinds(string indent)
    {
        // A paragraph indented by a tab, or a list item with a tab after its number or bullet, is prose, not a table row.
        var result = Report.Extract([.. Table, $"{indent}Pada tahun 2023 realisasi IKM sebesar 80,50 dari target 85,00 dengan capaian 94,71%."]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Equal(3, prose.Count);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 80.50m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 85.00m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 94.71m });
        Assert.All(prose, v => Assert.Equal("Indeks Kepuasan Masyarakat (IKM)", v.Indicator));
        Assert.All(prose, v => Assert.Equal(Report.Line(5), v.Source.Line));
    }

    [Fact]
    public void Differences_years_and_other_units_are_kept_apart()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Pada tahun 2022 Kecamatan Teluk Indah memperoleh nilai IKM 90,10, sementara Kecamatan Datuk Tanah Datar memperoleh nilai 83,64, sehingga Kecamatan Teluk Indah unggul 6,46 poin.",
        ]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Equal(2, prose.Count);
        Assert.All(prose, v => Assert.Equal(2022, v.Year));
        Assert.Contains(prose, v => v is { Unit: "Kecamatan Datuk Tanah Datar", Value: 83.64m });
        Assert.DoesNotContain(prose, v => v.Value == 6.46m);
    }

    [Fact]
    public void A_count_written_with_a_thousands_comma_is_a_count_of_things_not_a_figure()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Pada tahun 2023 realisasi IKM sebesar 80.50 dari target 85.00. Survei dilakukan terhadap 1,840 pengguna layanan.",
        ]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Equal([80.50m, 85.00m], prose.Select(v => v.Value!.Value).Order().ToArray());
    }

    [Fact]
    public void A_sentence_writing_its_decimals_after_a_point_reads_a_comma_before_three_digits_as_thousands()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tPersentase Capaian",
            "1.\tMeningkatnya Pelayanan Administrasi\tJumlah Dokumen Kependudukan yang Diterbitkan\tDokumen\t1.200\t1.250\t104,17%",
            string.Empty,
            "Realisasi jumlah dokumen kependudukan yang diterbitkan tahun 2023 sebesar 1,250 dokumen atau 104.17% dari target.");

        var prose = result.Indicators.Where(v => v.Source.IsProse).ToList();
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 1250m });
        Assert.DoesNotContain(prose, v => v.Value == 1.25m);
    }

    [Fact]
    public void Legal_references_counts_and_table_numbers_are_not_figures()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Berdasarkan Tabel 3.2 dan Permenpan Nomor 14 Tahun 2017, IKM 2 (dua) sasaran dinilai oleh 96 responden.",
        ]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse);
    }

    [Fact]
    public void Section_numbers_of_a_heading_or_a_reference_are_not_figures()
    {
        var result = Report.Extract(
        [
            .. Table,
            "3.2 Survei Kepuasan Masyarakat Kecamatan",
            string.Empty,
            "Indeks Kepuasan Masyarakat dibahas lebih lanjut pada subbab 3.2 dan Sub Bab 3.3 laporan ini.",
        ]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse);
    }

    [Fact]
    public void The_numbers_of_listed_items_are_not_figures()
    {
        var result = Report.Extract([.. Table, "Strategi untuk meningkatkan IKM adalah: (1) standardisasi pelayanan; (2) penguatan pengaduan."]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse);
    }

    [Fact]
    public void Budget_totals_in_a_sentence_keep_pagu_realisasi_and_the_percentage_together()
    {
        var result = Report.Extract(
            "Secara keseluruhan Kecamatan Teluk Indah telah menganggarkan pembiayaan seluruh kegiatannya sebesar Rp. 10.869.637.137,- dengan realisasi penyerapan sebesar Rp 10.471.023.827,- atau 96.33%.");

        var line = Assert.Single(result.Budget);
        Assert.Equal((10_869_637_137m, 10_471_023_827m, 96.33m), (line.Pagu!.Value, line.Realisasi!.Value, line.ReportedPercent!.Value));
        Assert.Equal(BudgetLevel.Total, line.Level);
        Assert.Equal(SourceRef.Prose, line.Source.Table);
    }
}
