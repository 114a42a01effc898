using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>How a fire brigade's LKjIP retells its response times, counts and end targets in sentences.</summary>
public class ProseFireServiceTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Kecepatan Layanan\tWaktu tanggap penanganan kebakaran\tmenit\t15\t13,42\t110,53",
        "2.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tNilai\t85,00\t86,61\t101,89",
        string.Empty,
        "Target akhir diukur terhadap Renstra Dinas Pemadam Kebakaran dan Penyelamatan Tahun 2021-2026.",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Theory]
    [InlineData("Pada tahun 2023 waktu tanggap penanganan kebakaran adalah 13,42 menit. Dibandingkan tahun 2022 yang tercatat 14,10 menit terdapat percepatan 0,68 menit, dan dibandingkan tahun 2019 (16,80 menit) waktu tanggap telah membaik 3,38 menit.")]
    [InlineData("Pada tahun 2023 waktu tanggap penanganan kebakaran adalah 13,42 menit, terjadi perlambatan 0,68 menit dibandingkan tahun 2022.")]
    public void A_speeding_up_or_improvement_by_some_minutes_is_a_difference_not_a_figure(string sentence)
    {
        var values = Prose(Report.ExtractOfDinas([.. Table, sentence])).Select(v => v.Value).ToList();

        Assert.Contains(13.42m, values);
        Assert.DoesNotContain(0.68m, values);
        Assert.DoesNotContain(3.38m, values);
    }

    [Fact]
    public void Levels_listed_after_a_word_of_improvement_are_figures_of_their_years()
    {
        var result = Report.ExtractOfDinas([.. Table, "Dibandingkan tahun-tahun sebelumnya, waktu tanggap penanganan kebakaran terus membaik, yaitu 16,4 menit pada tahun 2021 (capaian 91,46%) dan 15,1 menit pada tahun 2022 (capaian 99,34%)."]);

        var prose = Prose(result).Select(v => (v.Year, v.Value)).ToList();
        Assert.Contains((2021, (decimal?)16.4m), prose);
        Assert.Contains((2022, (decimal?)15.1m), prose);
    }

    [Theory]
    [InlineData("Percepatan waktu tanggap penanganan kebakaran didukung penggunaan aplikasi pelaporan darurat 112.")]
    [InlineData("Masyarakat dapat melaporkan kejadian melalui nomor darurat 112 atau panggilan darurat 113 untuk waktu tanggap penanganan kebakaran.")]
    public void An_emergency_number_is_no_figure(string sentence)
    {
        Assert.Empty(Prose(Report.ExtractOfDinas([.. Table, sentence])));
    }

    [Fact]
    public void A_share_reached_of_the_end_target_named_after_it_is_the_capaian_against_that_target()
    {
        var result = Report.ExtractOfDinas([.. Table, "Sementara itu Indeks Kepuasan Masyarakat telah mencapai 98,24% dari target akhir 88,00."]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 98.24m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.RenstraTarget, Value: 88.00m, Year: 2026 });
        Assert.DoesNotContain(prose, v => v.Kind is IndicatorValueKind.Realization or IndicatorValueKind.Target);
    }

    [Fact]
    public void A_name_shortened_in_a_table_of_capaian_only_is_the_indicator_it_begins()
    {
        var result = Report.ExtractOfDinas(
        [
            "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMenurunnya Kerugian Akibat Kebakaran\tRata-rata luas area terbakar per kejadian kebakaran bangunan\tm²\t120\t134,50\t87,92",
            "2.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tNilai\t85,00\t86,61\t101,89",
            string.Empty,
            "Tabel 3.9 Analisis Efisiensi Penggunaan Sumber Daya Tahun 2023",
            "No\tIndikator\tCapaian Kinerja (%)\tPenyerapan Anggaran (%)\tEfisiensi (%)",
            "1\tRata-rata luas area terbakar\t87,92\t97,83\t-9,91",
            "2\tIndeks Kepuasan Masyarakat\t101,89\t98,10\t3,79",
            string.Empty,
            "Pada tahun 2023 rata-rata luas area terbakar mencapai 143,50 m² per kejadian, melebihi target 120 m².",
        ]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 143.50m, Indicator: "Rata-rata luas area terbakar per kejadian kebakaran bangunan" });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 120m, Indicator: "Rata-rata luas area terbakar per kejadian kebakaran bangunan" });
    }

    [Theory]
    [InlineData("Dari 160 kejadian, sebanyak 122 kejadian dapat ditangani dengan waktu tanggap penanganan kebakaran ≤ 15 menit atau 76,25%.")]
    [InlineData("Pelayanan dengan waktu tanggap penanganan kebakaran paling lama 15 menit baru diberikan pada 76,25% kejadian dari target 80%.")]
    public void A_percentage_is_no_level_of_an_indicator_measured_in_minutes(string sentence)
    {
        var prose = Prose(Report.ExtractOfDinas([.. Table, sentence]));

        Assert.DoesNotContain(prose, v => v.Kind is IndicatorValueKind.Realization or IndicatorValueKind.Target && v.Indicator == "Waktu tanggap penanganan kebakaran");
    }

    [Fact]
    public void A_name_in_brackets_that_tables_give_one_indicator_in_two_wordings_is_that_indicators()
    {
        var result = Report.ExtractOfDinas(
        [
            "Tabel 2.3 Perjanjian Kinerja Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget",
            "1.\tMeningkatnya Kecepatan Layanan\tPersentase tingkat waktu tanggap (response time rate) WMK\t%\t72",
            "2.\tMeningkatnya Kecepatan Layanan\tWaktu tanggap rata-rata\tmenit\t15",
            string.Empty,
            "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Kecepatan Layanan\tPersentase tingkat waktu tanggap (response time rate) daerah layanan WMK\t%\t72\t70,40\t97,78",
            "2.\tMeningkatnya Kecepatan Layanan\tWaktu tanggap rata-rata\tmenit\t15\t16,2\t92,00",
            string.Empty,
            "Permasalahan yang masih dihadapi antara lain belum tercapainya target response time rate (70,40% dari target 72%) dan waktu tanggap rata-rata yang masih 16,2 menit.",
        ]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 70.40m } && v.Indicator.StartsWith("Persentase tingkat waktu tanggap", StringComparison.Ordinal));
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 16.2m, Indicator: "Waktu tanggap rata-rata" });
    }

    [Fact]
    public void A_percentage_of_fires_reached_in_time_is_the_share_indicator_that_names_the_time()
    {
        var result = Report.ExtractOfDinas(
        [
            "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Kecepatan Layanan\tWaktu tanggap penanganan kebakaran\tmenit\t15\t13,42\t110,53",
            "2.\tMeningkatnya Kecepatan Layanan\tPersentase kejadian kebakaran yang tertangani dengan waktu tanggap ≤ 15 menit\t%\t80\t76,25\t95,31",
            string.Empty,
            "Dari 160 kejadian, sebanyak 122 kejadian dapat ditangani dengan waktu tanggap ≤ 15 menit atau 76,25%.",
        ]);

        var share = Assert.Single(Prose(result), v => v.Value == 76.25m);
        Assert.Equal((IndicatorValueKind.Realization, "Persentase kejadian kebakaran yang tertangani dengan waktu tanggap ≤ 15 menit"), (share.Kind, share.Indicator));
    }
}
