using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>JUMLAH rows of the report's general tables (villages, households, fires per kecamatan) against the rows above them.</summary>
public class GeneralTableTotalsAuditTests
{
    [Fact]
    public void A_jumlah_row_that_is_not_the_sum_of_the_rows_above_is_a_sum_mismatch()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Data Kejadian Kebakaran per Kecamatan Tahun 2023",
            "No\tKecamatan\tJumlah Kejadian\tKerugian (Rp)\tKorban Jiwa",
            "1\tKecamatan Landasan Ulin\t12\t1.250.000.000\t0",
            "2\tKecamatan Cempaka\t8\t640.000.000\t1",
            "3\tKecamatan Banjarbaru Utara\t15\t2.100.000.000\t0",
            "JUMLAH\t\t36\t3.990.000.000\t1");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.SumMismatch, 36m, 35m), (finding.Kind, finding.Reported.Value, finding.Expected.Value));
        Assert.Equal([Report.Line(4), Report.Line(5), Report.Line(6), Report.Line(7)], finding.Lines);
        Assert.Contains("Jumlah Kejadian", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Areas_with_their_unit_and_a_dash_for_none_add_up_with_their_decimals()
    {
        var result = Report.Extract(
            "Tabel 1.3",
            "Potensi Desa",
            "No.\tNama Desa\tLuas Perkebunan\tLuas Pertanian",
            "1\t2\t3\t4",
            "1.\tSei Balai\t16 Ha\t55 Ha",
            "2.\tKwala Sikasim\t13,5 Ha\t- Ha",
            "3.\tMekar Mulio\t1.619,9 Ha\t143 Ha",
            "J u m l a h\t\t1.649,4 Ha\t199 Ha");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((199m, 198m), (finding.Reported.Value, finding.Expected.Value));
    }

    [Fact]
    public void Areas_in_english_figures_with_their_unit_read_a_lone_comma_as_thousands()
    {
        var result = Report.Extract(
            "Tabel 1.1",
            "Luas Wilayah per Desa",
            "No.\tNama Desa\tLuas Wilayah",
            "1.\tSei Balai\t100 Ha",
            "2.\tPerk. Sei Balai\t3,727 Ha",
            "3.\tPerk. Sei Bejangkar\t1,619.9 Ha",
            "J u m l a h\t\t5,446.9 Ha");

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Percentages_and_means_in_a_jumlah_row_are_not_sums()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Waktu Tanggap per Bulan Tahun 2023",
            "Bulan\tJumlah Kejadian\tTertangani <= 15 menit\tPersentase\tRata-rata Waktu (menit)",
            "Januari\t4\t4\t100\t11",
            "Februari\t3\t2\t66,67\t14",
            "Maret\t5\t5\t100\t12",
            "Jumlah\t12\t11\t91,67\t12,3");

        Assert.Empty(result.Findings);
    }

    private static readonly string[] FiresByKind =
    [
        "Tabel 3.2",
        "Jumlah Kejadian Kebakaran per Kecamatan Tahun 2023",
        "No\tKecamatan\tBangunan\tLahan\tKendaraan\tJumlah",
        "1\tLandasan Ulin\t10\t8\t2\t20",
        "2\tLiang Anggang\t6\t7\t1\t15",
        "3\tCempaka\t5\t3\t1\t9",
    ];

    [Fact]
    public void A_jumlah_column_that_is_not_the_sum_of_its_rows_figures_is_a_sum_mismatch()
    {
        var result = Report.Extract(FiresByKind);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingKind.SumMismatch, 15m, 14m), (finding.Kind, finding.Reported.Value, finding.Expected.Value));
        Assert.Equal([Report.Line(5)], finding.Lines.Distinct());
        Assert.Contains("Liang Anggang", finding.Description, StringComparison.Ordinal);
        Assert.Contains("Bangunan, Lahan, Kendaraan", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_column_that_is_no_sum_of_most_rows_is_not_held_to_their_sums()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Sarana Pemadam per Pos Tahun 2023",
            "No\tPos\tMobil Pemadam\tPersonil\tJumlah",
            "1\tPos Landasan Ulin\t3\t24\t2",
            "2\tPos Cempaka\t2\t18\t1",
            "3\tPos Kota\t4\t30\t3");

        Assert.Empty(result.Findings);
    }

    private static readonly string[] FiresPerKecamatan =
    [
        "Tabel 3.2",
        "Jumlah Kejadian Kebakaran per Kecamatan Tahun 2023",
        "No\tKecamatan\tBangunan\tLahan\tJumlah",
        "1\tLandasan Ulin\t10\t8\t18",
        "2\tLiang Anggang\t6\t7\t13",
        "3\tCempaka\t5\t3\t8",
        "\tJumlah\t21\t18\t39",
        string.Empty,
    ];

    [Theory]
    [InlineData("Selama tahun 2023 terjadi 41 kejadian kebakaran di Kota Contoh Raya.", true)]
    [InlineData("Pada tahun 2023 tercatat sebanyak 41 kejadian kebakaran.", true)]
    [InlineData("Selama tahun 2023 terjadi 39 kejadian kebakaran di Kota Contoh Raya.", false)]
    [InlineData("Pada tahun 2022 terjadi 41 kejadian kebakaran.", false)]
    [InlineData("Kejadian terbanyak di Kecamatan Landasan Ulin sebanyak 18 kejadian kebakaran.", false)]
    public void A_total_the_prose_states_is_held_to_the_tables_total(string sentence, bool differs)
    {
        var result = Report.Extract([.. FiresPerKecamatan, sentence]);

        var findings = result.Findings.Where(f => f.Kind == FindingKind.TableVsText).ToList();
        Assert.Equal(differs ? 1 : 0, findings.Count);
        if (differs)
        {
            Assert.Equal((41m, 39m), (findings[0].Reported.Value, findings[0].Expected.Value));
            Assert.Equal([Report.Line(7), Report.Line(9)], findings[0].Lines);
        }
    }

    [Fact]
    public void A_count_the_prose_gives_that_is_another_columns_total_is_no_finding()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Rekapitulasi Layanan PATEN Tahun 2023",
            "No\tJenis Layanan\tJumlah Permohonan\tSelesai Tepat Waktu",
            "1\tSurat Keterangan Domisili\t1.250\t1.210",
            "2\tSurat Keterangan Tidak Mampu\t820\t790",
            "\tJumlah\t2.070\t2.000",
            string.Empty,
            "Pada tahun 2023 tercatat sebanyak 2.000 permohonan diselesaikan tepat waktu.");

        Assert.Empty(result.Findings);
    }

    private static readonly string[] PeoplePerKelurahan =
    [
        "Tabel 1.1",
        "Jumlah Penduduk per Kelurahan Tahun 2023",
        "No\tKelurahan\tLaki-laki\tPerempuan\tJumlah Penduduk",
        "1\tSukajaya\t4.120\t4.015\t8.135",
        "2\tSukamaju\t3.210\t3.305\t6.515",
        "\tJumlah\t7.330\t7.320\t14.650",
        string.Empty,
    ];

    [Theory]
    [InlineData("Kecamatan Teluk Indah terdiri dari 2 kelurahan dengan jumlah penduduk 14.560 jiwa.", true)]
    [InlineData("Jumlah penduduk Kecamatan Teluk Indah sebanyak 14.560 jiwa.", true)]
    [InlineData("Kecamatan Teluk Indah terdiri dari 2 kelurahan dengan jumlah penduduk 14.650 jiwa.", false)]
    public void A_total_the_prose_names_before_its_figure_is_held_to_the_tables_total(string sentence, bool differs)
    {
        var result = Report.Extract([.. PeoplePerKelurahan, sentence]);

        var findings = result.Findings.Where(f => f.Kind == FindingKind.TableVsText).ToList();
        Assert.Equal(differs ? 1 : 0, findings.Count);
        if (differs)
        {
            Assert.Equal((14560m, 14650m), (findings[0].Reported.Value, findings[0].Expected.Value));
        }
    }

    [Fact]
    public void A_staff_table_by_golongan_and_sex_is_held_to_its_row_and_column_totals_named_by_its_header()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Jumlah Pegawai Berdasarkan Golongan Tahun 2023",
            string.Empty,
            "No\tGolongan\tL\tP\tJumlah",
            "1\tGolongan IV\t5\t3\t9",
            "2\tGolongan III\t20\t15\t35",
            "3\tGolongan II\t30\t8\t38",
            "\tJumlah\t55\t26\t81");

        Assert.Equal(
            [
                $"Jumlah baris 'Golongan IV' (Tabel 2.1 baris {Report.Line(5)}) dilaporkan 9, dihitung 8 dari 2 kolom di kirinya (L, P).",
                $"Jumlah kolom 'Jumlah' (Tabel 2.1 baris {Report.Line(8)}) dilaporkan 81, dihitung 82 dari 3 baris di atasnya (baris {Report.Line(5)}–{Report.Line(7)}).",
            ],
            result.Findings.Select(f => f.Description));
    }
}
