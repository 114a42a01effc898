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
}
