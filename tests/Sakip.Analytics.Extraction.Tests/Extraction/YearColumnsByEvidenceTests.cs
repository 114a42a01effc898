using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// "Perkembangan Capaian Indikator Tahun 2019-2023" over "Uraian | 2019 | ... | 2023": a caption that names neither
/// realizations nor targets leaves bare years open; the indicators the report measures elsewhere tell what they hold.
/// </summary>
public class YearColumnsByEvidenceTests
{
    private static readonly string[] Measurement =
    [
        "Tabel 3.1",
        "Capaian Indikator Kinerja Utama Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t%\t85\t91,30\t107,41",
        "2\tPersentase kejadian non kebakaran yang tertangani\t%\t100\t100\t100,00",
        string.Empty,
    ];

    private static ExtractionResult WithHistory(string nameHeader, string first, string second) =>
        Report.Extract(
        [
            .. Measurement,
            "Tabel 3.7",
            "Perkembangan Capaian Indikator Tahun 2019-2023",
            $"No\t{nameHeader}\t2019\t2020\t2021\t2022\t2023",
            $"1\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t{first}",
            $"2\tPersentase kejadian non kebakaran yang tertangani\t{second}",
        ]);

    private static List<(int Year, IndicatorValueKind Kind, decimal? Value)> History(ExtractionResult result, int bodyLine) =>
        [.. result.Indicators.Where(v => v.Source.Line == Report.Line(bodyLine)).Select(v => (v.Year, v.Kind, v.Value)).OrderBy(v => v.Year)];

    [Theory]
    [InlineData("Uraian")]
    [InlineData("Indikator Kinerja")]
    public void Years_whose_last_matches_the_realizations_measured_are_realizations(string nameHeader)
    {
        var result = WithHistory(nameHeader, "70,5\t75,2\t80,1\t84,0\t91,3", "100\t100\t100\t100\t100");

        Assert.Equal(
            [
                (2019, IndicatorValueKind.Realization, 70.5m), (2020, IndicatorValueKind.Realization, 75.2m), (2021, IndicatorValueKind.Realization, 80.1m),
                (2022, IndicatorValueKind.Realization, 84.0m), (2023, IndicatorValueKind.Realization, 91.3m),
            ],
            History(result, 10));
        Assert.Equal(5, History(result, 11).Count);
    }

    [Fact]
    public void Years_whose_last_matches_the_capaian_measured_are_capaian()
    {
        var result = WithHistory("Uraian", "95,10\t98,02\t101,20\t104,00\t107,41", "100\t100\t100\t100\t100");

        Assert.All(History(result, 10), v => Assert.Equal(IndicatorValueKind.ReportedCapaian, v.Kind));
        Assert.Equal(107.41m, History(result, 10)[^1].Value);
    }

    [Fact]
    public void Years_matching_nothing_measured_stay_unread()
    {
        var result = WithHistory("Uraian", "70,5\t75,2\t80,1\t84,0\t90,0", "100\t100\t100\t100\t100");

        Assert.Empty(History(result, 10));
        Assert.Empty(History(result, 11));
    }

    [Fact]
    public void Rows_naming_no_indicator_measured_stay_unread()
    {
        var result = Report.Extract(
        [
            .. Measurement,
            "Tabel 3.7",
            "Rekapitulasi Kejadian Kebakaran Tahun 2019-2023",
            "No\tUraian\t2019\t2020\t2021\t2022\t2023",
            "1\tJumlah kejadian kebakaran\t98\t87\t102\t110\t107",
            "2\tJumlah korban jiwa\t2\t1\t0\t3\t1",
        ]);

        Assert.Empty(History(result, 10));
        Assert.Empty(History(result, 11));
    }

    [Fact]
    public void Years_whose_last_is_the_target_stay_unread_though_one_target_was_met_exactly()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t%\t85\t85\t100,00",
            "2\tPersentase kelurahan yang memiliki SKKL\t%\t40\t45\t112,50",
            string.Empty,
            "Tabel 2.2",
            "Indikator Kinerja Utama Tahun 2019-2023",
            "No\tIndikator Kinerja\t2019\t2020\t2021\t2022\t2023",
            "1\tPersentase penanganan kebakaran dengan waktu tanggap ≤ 15 menit\t75\t78\t80\t82,5\t85",
            "2\tPersentase kelurahan yang memiliki SKKL\t20\t25\t30\t35\t40");

        Assert.Empty(History(result, 10));
        Assert.Empty(History(result, 11));
    }
}
