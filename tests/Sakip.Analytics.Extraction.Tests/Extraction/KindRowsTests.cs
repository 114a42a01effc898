using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Comparisons over years that print the kind (Target, Realisasi, Capaian) or the year as rows under each indicator, or set the indicators as columns.</summary>
public class KindRowsTests
{
    /// <summary>The measurement table that names the indicators the tables after it set out another way (six body lines).</summary>
    private static readonly string[] Measurement =
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase kejadian kebakaran yang tertangani\t%\t80\t84,21\t105,26",
        "2\tWaktu tanggap penanganan kebakaran\tMenit\t15\t14\t106,67",
        string.Empty,
    ];

    [Theory]
    [InlineData("No\tIndikator Kinerja\tUraian\t2021\t2022\t2023", "1\tResponse time penanganan kebakaran (menit)\tTarget\t15\t15\t15", "\t\tRealisasi\t14\t13\t12", "\t\tCapaian (%)\t106,67\t113,33\t120,00")]
    [InlineData("No\tIndikator Kinerja\t2021\t2022\t2023", "1\tResponse time penanganan kebakaran (menit)", "\tTarget\t15\t15\t15\n\tRealisasi\t14\t13\t12", "\tCapaian (%)\t106,67\t113,33\t120,00")]
    [InlineData("Uraian\t2021\t2022\t2023", "Response time penanganan kebakaran (menit)\t\t\t", "Target\t15\t15\t15\nRealisasi\t14\t13\t12", "Capaian (%)\t106,67\t113,33\t120,00")]
    public void Rows_of_target_realisasi_and_capaian_under_year_columns_give_each_figure_its_rows_kind_and_its_columns_year(string header, string first, string second, string third)
    {
        var lines = new[] { "Tabel 3.5", "Perbandingan Capaian Kinerja Tahun 2021-2023", header, first }
            .Concat(second.Split('\n')).Append(third).ToArray();
        var result = Report.Extract(lines);

        var values = result.Indicators.Where(v => v.Source.Table == "Tabel 3.5").ToList();
        Assert.Equal(9, values.Count);
        Assert.All(values, v => Assert.Equal("Response time penanganan kebakaran (menit)", v.Indicator));
        Assert.Contains(values, v => v is { Year: 2022, Kind: IndicatorValueKind.Realization, Text: "13" } && v.Source.Line == Report.Line(lines.Length - 1));
        Assert.Contains(values, v => v is { Year: 2023, Kind: IndicatorValueKind.ReportedCapaian, Text: "120,00" } && v.Source.Line == Report.Line(lines.Length));
        Assert.Contains(values, v => v is { Year: 2021, Kind: IndicatorValueKind.Target, Text: "15" });
    }

    [Fact]
    public void A_tahun_column_beside_target_and_realisasi_gives_each_row_its_year()
    {
        var result = Report.Extract(
            "Tabel 3.6",
            "Perbandingan Capaian Kinerja Tahun 2022-2023",
            "Indikator Kinerja\tTahun\tTarget\tRealisasi\tCapaian (%)",
            "Response time penanganan kebakaran\t2022\t15\t13\t113,33",
            "\t2023\t15\t12\t120,00");

        Assert.Equal(
            [
                (Report.Line(4), 2022, IndicatorValueKind.Target), (Report.Line(4), 2022, IndicatorValueKind.Realization), (Report.Line(4), 2022, IndicatorValueKind.ReportedCapaian),
                (Report.Line(5), 2023, IndicatorValueKind.Target), (Report.Line(5), 2023, IndicatorValueKind.Realization), (Report.Line(5), 2023, IndicatorValueKind.ReportedCapaian),
            ],
            result.Indicators.Where(v => v.Source.Table == "Tabel 3.6").Select(v => (v.Source.Line, v.Year, v.Kind)).ToList());
    }

    [Fact]
    public void A_name_alone_under_the_header_that_opens_with_a_header_word_is_still_the_name_of_the_rows_below()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perbandingan Capaian Kinerja Tahun 2021-2023",
            "Uraian\t2021\t2022\t2023",
            "Persentase kejadian kebakaran yang tertangani\t\t\t",
            "Target\t70\t75\t80",
            "Realisasi\t72\t78,57\t84,21");

        var values = result.Indicators.Where(v => v.Source.Table == "Tabel 3.5").ToList();
        Assert.Equal(6, values.Count);
        Assert.All(values, v => Assert.Equal("Persentase kejadian kebakaran yang tertangani", v.Indicator));
    }

    [Fact]
    public void Indicators_set_as_columns_with_a_row_per_kind_and_year_give_each_figure_its_columns_indicator()
    {
        var result = Report.Extract(
        [
            .. Measurement,
            "Tabel 3.3",
            "Perbandingan Realisasi Kinerja",
            string.Empty,
            "Uraian\tPersentase kejadian kebakaran yang tertangani\tWaktu tanggap penanganan kebakaran",
            "Target 2023\t80\t15",
            "Realisasi 2023\t84,21\t14",
            "Realisasi 2022\t78,57\t16",
            "Capaian 2023 (%)\t105,26\t106,67",
        ]);

        var values = result.Indicators.Where(v => v.Source.Table == "Tabel 3.3").ToList();
        Assert.Equal(8, values.Count);
        Assert.Contains(values, v => v is { Indicator: "Waktu tanggap penanganan kebakaran", Year: 2022, Kind: IndicatorValueKind.Realization, Value: 16m }
            && v.Source.Line == Report.Line(13));
        Assert.Contains(values, v => v is { Indicator: "Persentase kejadian kebakaran yang tertangani", Year: 2023, Kind: IndicatorValueKind.ReportedCapaian, Value: 105.26m });
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Years_as_rows_of_the_one_indicator_the_caption_names_are_that_indicators()
    {
        var values = ResponseTimeHistory(
            "Tahun\tTarget (menit)\tRealisasi (menit)\tCapaian (%)",
            "2021\t17\t17\t100,00",
            "2022\t16\t16\t100,00",
            "2023\t15\t14\t106,67");

        Assert.Contains(values, v => v is { Year: 2022, Kind: IndicatorValueKind.Realization, Value: 16m } && v.Source.Line == Report.Line(12));
    }

    [Fact]
    public void Kind_rows_under_year_columns_of_the_one_indicator_the_caption_names_are_that_indicators()
    {
        var values = ResponseTimeHistory(
            "Uraian\t2021\t2022\t2023",
            "Target (menit)\t17\t16\t15",
            "Realisasi (menit)\t17\t16\t14",
            "Capaian (%)\t100,00\t100,00\t106,67");

        Assert.Contains(values, v => v is { Year: 2023, Kind: IndicatorValueKind.ReportedCapaian, Value: 106.67m } && v.Source.Line == Report.Line(13));
    }

    [Theory]
    [InlineData("Perbandingan Response Time Tahun 2019-2023")]
    [InlineData("Perkembangan Waktu Tanggap Penanganan Kebakaran Tahun 2019-2023")]
    public void A_caption_may_name_the_indicator_by_its_bracketed_other_name_or_by_its_name_without_it(string caption)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase kejadian kebakaran yang tertangani\t%\t80\t84,21\t105,26",
            "2\tWaktu tanggap (response time) penanganan kebakaran\tMenit\t15\t14\t106,67",
            string.Empty,
            "Tabel 3.2",
            caption,
            "No\tTahun\tRealisasi (menit)",
            "1\t2019\t18",
            "2\t2020\t17");

        Assert.Equal(
            [(2019, 18m, Report.Line(10)), (2020, 17m, Report.Line(11))],
            result.Indicators.Where(v => v is { Source.Table: "Tabel 3.2", Indicator: "Waktu tanggap (response time) penanganan kebakaran", Kind: IndicatorValueKind.Realization })
                .Select(v => (v.Year, v.Value, v.Source.Line)).ToList());
    }

    /// <summary>A measurement of three shares, two of them alike, then "Tabel 3.2" under the caption: a history by year rows (2019 on line 11).</summary>
    private static string[] ThreeSharesThenHistory(string caption) =>
    [
        "Tabel 3.1",
        "Pengukuran Kinerja Tahun 2023",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t85\t88,24\t103,81",
        "2\tPersentase penyelamatan dan evakuasi korban kebakaran\t%\t90\t100\t111,11",
        "3\tPersentase penyelamatan korban non kebakaran\t%\t90\t95\t105,56",
        string.Empty,
        "Tabel 3.2",
        caption,
        "Tahun\tTarget (%)\tRealisasi (%)\tCapaian (%)",
        "2019\t70\t72,00\t102,86",
        "2020\t75\t74,50\t99,33",
    ];

    [Theory]
    [InlineData("Perkembangan Persentase Waktu Tanggap Tahun 2019-2023", "Persentase tingkat waktu tanggap (response time rate) di WMK")]
    [InlineData("Perbandingan Capaian Evakuasi Korban Tahun 2019-2023", "Persentase penyelamatan dan evakuasi korban kebakaran")]
    public void A_caption_may_name_the_indicator_by_some_of_its_words_when_they_are_no_other_indicators(string caption, string indicator)
    {
        var result = Report.Extract(ThreeSharesThenHistory(caption));

        Assert.Equal(
            [(2019, 72m, Report.Line(11)), (2020, 74.5m, Report.Line(12))],
            result.Indicators.Where(v => v is { Source.Table: "Tabel 3.2", Kind: IndicatorValueKind.Realization } && v.Indicator == indicator)
                .Select(v => (v.Year, v.Value, v.Source.Line)).ToList());
    }

    [Fact]
    public void A_caption_may_name_the_indicator_by_words_the_units_name_also_has()
    {
        var result = Report.ExtractOfDinas(ThreeSharesThenHistory("Target, Realisasi dan Capaian Evakuasi Kebakaran Tahun 2019-2023"));

        Assert.Equal(
            [(2019, 72m), (2020, 74.5m)],
            result.Indicators.Where(v => v is { Source.Table: "Tabel 3.2", Kind: IndicatorValueKind.Realization, Indicator: "Persentase penyelamatan dan evakuasi korban kebakaran" })
                .Select(v => (v.Year, v.Value)).ToList());
    }

    [Theory]
    [InlineData("Perkembangan Penyelamatan Korban Tahun 2019-2023")]
    [InlineData("Perkembangan Waktu Tanggap di Kecamatan Cempaka Tahun 2019-2023")]
    public void A_caption_whose_words_fit_several_indicators_or_say_more_than_one_names_none(string caption)
    {
        var result = Report.Extract(ThreeSharesThenHistory(caption));

        Assert.DoesNotContain(result.Indicators, v => v.Source.Table == "Tabel 3.2");
    }

    [Fact]
    public void A_caption_naming_only_the_unit_names_no_indicator_that_holds_the_units_name()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat Kecamatan Teluk Indah\tIndeks\t82\t83,45\t101,77",
            string.Empty,
            "Tabel 3.2",
            "Capaian Kinerja Kecamatan Teluk Indah Tahun 2019-2023",
            "Tahun\tTarget\tRealisasi\tCapaian (%)",
            "2019\t70\t72,00\t102,86",
            "2020\t75\t74,50\t99,33");

        Assert.DoesNotContain(result.Indicators, v => v.Source.Table == "Tabel 3.2");
    }

    /// <summary>
    /// The measurement table, then "Tabel 3.2" on the response time's history in the given layout: its nine figures, each
    /// asserted to be of the response time in minutes.
    /// </summary>
    private static List<ExtractedIndicatorValue> ResponseTimeHistory(params string[] layout)
    {
        var result = Report.Extract([.. Measurement, "Tabel 3.2", "Perkembangan Waktu Tanggap Penanganan Kebakaran Tahun 2021-2023", string.Empty, .. layout]);

        var values = result.Indicators.Where(v => v.Source.Table == "Tabel 3.2").ToList();
        Assert.Equal(9, values.Count);
        Assert.All(values, v => Assert.Equal(("Waktu tanggap penanganan kebakaran", "Menit"), (v.Indicator, v.Satuan)));
        return values;
    }
}
