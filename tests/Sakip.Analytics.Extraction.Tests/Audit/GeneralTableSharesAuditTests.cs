using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>Percentage columns of the report's general tables (fires handled per kecamatan) against the two figures of their row.</summary>
public class GeneralTableSharesAuditTests
{
    [Fact]
    public void A_percentage_that_is_not_the_share_its_other_rows_print_is_a_miscomputed_capaian()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Penanganan Kejadian Kebakaran per Kecamatan Tahun 2023",
            "No\tKecamatan\tJumlah Kejadian\tTertangani Sesuai SPM\tPersentase (%)",
            "1\tBanjarbaru Utara\t8\t8\t100,00",
            "2\tBanjarbaru Selatan\t6\t5\t83,33",
            "3\tLandasan Ulin\t17\t16\t97,06",
            "4\tLiang Anggang\t10\t9\t90,00",
            "\tJumlah\t41\t38\t92,68");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.CapaianMiscomputed, 97.06m, 94.12m), (finding.Kind, finding.Reported.Value, Math.Round(finding.Expected.Value!.Value, 2)));
        Assert.Equal([Report.Line(6)], finding.Lines);
        Assert.Contains("16 / 17", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percentage_column_no_pair_of_figures_explains_is_left_alone()
    {
        var result = Report.Extract(
            "Tabel 1.4",
            "Komposisi Pegawai Tahun 2023",
            "No\tBidang\tPNS\tPPPK\tPersentase terhadap Seluruh Pegawai (%)",
            "1\tSekretariat\t12\t4\t28,57",
            "2\tBidang Operasional\t20\t10\t53,57",
            "3\tBidang Pencegahan\t8\t2\t17,86");

        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("\tJumlah\t68\t100,00")]
    [InlineData("")]
    public void A_share_of_the_columns_total_that_is_not_its_rows_share_is_a_miscomputed_capaian(string totalRow)
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Kejadian Kebakaran Menurut Penyebab Tahun 2023",
            "No\tPenyebab\tJumlah Kejadian\tPersentase (%)",
            "1\tKorsleting listrik\t30\t44,12",
            "2\tKompor gas\t15\t22,06",
            "3\tPembakaran lahan\t18\t25,47",
            "4\tLain-lain\t5\t7,35",
            totalRow);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.CapaianMiscomputed, 25.47m, 26.47m), (finding.Kind, finding.Reported.Value, Math.Round(finding.Expected.Value!.Value, 2)));
        Assert.Equal([Report.Line(6)], finding.Lines);
        Assert.Contains("18 / 68", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_column_that_is_no_share_of_the_columns_total_is_left_alone()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Capaian Pelayanan per Bidang Tahun 2023",
            "No\tBidang\tJumlah Layanan\tPersentase Tepat Waktu (%)",
            "1\tPemadaman\t30\t96,00",
            "2\tPenyelamatan\t15\t92,00",
            "3\tPencegahan\t18\t88,00",
            "4\tSarana\t5\t100,00");

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_percentage_column_left_empty_is_left_alone()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Kejadian Kebakaran Menurut Penyebab Tahun 2023",
            "No\tPenyebab\tJumlah Kejadian\tPersentase (%)",
            "1\tKorsleting listrik\t30\t",
            "2\tKompor gas\t15\t",
            "3\tPembakaran lahan\t18\t");

        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("97,96", 0)]
    [InlineData("98,96", 1)]
    public void An_spm_capaian_of_the_counts_to_serve_and_served_is_checked_against_them_on_two_rows(string printed, int findings)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.5",
            "Capaian Standar Pelayanan Minimal (SPM) Sub Urusan Kebakaran Tahun 2023",
            "No\tJenis Pelayanan Dasar\tIndikator SPM\tJumlah yang Harus Dilayani\tJumlah yang Terlayani\tCapaian (%)",
            "1\tPelayanan penyelamatan korban kebakaran\tPersentase pelayanan penyelamatan dan evakuasi korban kebakaran\t68\t68\t100,00",
            $"2\tPelayanan penyelamatan korban non kebakaran\tPersentase pelayanan penyelamatan dan evakuasi korban non kebakaran\t245\t240\t{printed}");

        var miscomputed = result.Findings.Where(f => f.Kind == FindingKind.CapaianMiscomputed).ToList();
        Assert.Equal(findings, miscomputed.Count);
        Assert.All(miscomputed, f => Assert.Equal((Report.Line(5), 97.96m), (Assert.Single(f.Lines), Math.Round(f.Expected.Value!.Value, 2))));
    }
}
