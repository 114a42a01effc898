using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Ways LKjIP reports of dinas, badan and kecamatan commonly phrase an indicator's figures in sentences.</summary>
public class ProseGenreTests
{
    internal static readonly string[] Table =
    [
        "Tabel 3.1",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Tertib Arsip\tPersentase Perangkat Daerah yang Tertib Arsip\t%\t70,00\t65,00\t92,86",
        "2.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Fact]
    public void A_percentage_spelled_persen_is_a_percentage()
    {
        var result = Report.Extract([.. Table, "Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 target 70 persen, realisasi 65 persen, capaian 92,86 persen."]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 70m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 65m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m, Year: 2023 });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_percentage_after_atau_tercapai_following_realization_and_target_is_the_capaian()
    {
        var result = Report.Extract([.. Table, "Indeks Kepuasan Masyarakat tahun 2023 mencapai 83,10 dari target 82,00 atau tercapai 101,34%."]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 83.10m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 82.00m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 101.34m });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Target_and_realisasi_named_after_a_capaian_opening_the_sentence_are_target_and_realization()
    {
        var result = Report.Extract([.. Table, "Capaian kinerja indikator Persentase Perangkat Daerah yang Tertib Arsip pada tahun 2023 adalah sebesar 92,86%, dengan target 70% dan realisasi 65%."]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 70m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 65m });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_figure_set_against_a_target_figure_after_belum_mencapai_target_is_the_realization()
    {
        var result = Report.Extract([.. Table, "Persentase Perangkat Daerah yang Tertib Arsip belum mencapai target, yaitu hanya 65% dari target 70%, atau capaian sebesar 92,86%."]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 65m });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 70m });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Daya_serap_anggaran_after_an_indicators_sentence_is_the_budgets_absorption_not_the_indicators_value()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Nilai Indeks Kepuasan Masyarakat pada tahun 2023 sebesar 83,10.",
            "Daya serap anggaran Kecamatan Teluk Indah tahun 2023 mencapai 94,01%.",
        ]);

        Assert.DoesNotContain(Prose(result), v => v.Value == 94.01m);
        var budget = Assert.Single(result.Budget, b => b.Source.Line == Report.Line(7));
        Assert.Equal((BudgetLevel.Total, 94.01m), (budget.Level, budget.ReportedPercent!.Value));
    }

    [Fact]
    public void A_percentage_followed_by_its_category_in_brackets_is_read()
    {
        var result = Report.Extract([.. Table, "Indikator Persentase Perangkat Daerah yang Tertib Arsip dengan target 70% terealisasi 65% atau capaian 92,86% (sangat baik)."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m });
    }

    [Fact]
    public void The_figure_after_belum_mencapai_target_yang_ditetapkan_is_the_target()
    {
        var result = Report.Extract([.. Table, "Realisasi Persentase Perangkat Daerah yang Tertib Arsip sebesar 65% belum mencapai target yang ditetapkan sebesar 70%, dengan capaian 92,86%."]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 70m });
        Assert.DoesNotContain(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 70m });
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Capaian ini belum memenuhi target 70%.")]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Capaian tersebut belum mencapai target 70%.")]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Capaian ini tidak dapat mencapai target sebesar 70%.")]
    public void The_figure_of_a_target_not_yet_met_is_the_target(string sentences)
    {
        var result = Report.Extract([.. Table, sentences]);

        Assert.Equal([(IndicatorValueKind.Realization, 65m), (IndicatorValueKind.Target, 70m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_target_not_met_is_no_complement_of_an_indicator_counting_what_meets_a_standard()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas aparatur pemadam\tPersentase aparatur pemadam kebakaran yang memenuhi standar kualifikasi\t%\t70\t68,69\t98,13",
            string.Empty,
            "Persentase aparatur pemadam kebakaran yang memenuhi standar kualifikasi tahun 2023 sebesar 68,69%. Capaian ini belum memenuhi target 70%.");

        Assert.Equal([(IndicatorValueKind.Realization, 68.69m), (IndicatorValueKind.Target, 70m)], Report.ProseOn(result, 5).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Capaian ini meningkat dibanding tahun 2022 sebesar 60%.", IndicatorValueKind.Realization)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Capaian tersebut lebih tinggi dari tahun 2022 yang hanya 60%.", IndicatorValueKind.Realization)]
    [InlineData("Capaian kinerja Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 92,86%. Capaian ini meningkat dibanding tahun 2022 sebesar 60%.", IndicatorValueKind.ReportedCapaian)]
    public void This_achievement_is_of_the_kind_of_the_figure_the_sentence_before_gave(string sentences, IndicatorValueKind kind)
    {
        var result = Report.Extract([.. Table, sentences]);

        Assert.Equal(kind, Assert.Single(Report.ProseOn(result, Table.Length + 1), v => v.Year == 2022).Kind);
    }

    [Fact]
    public void A_share_of_what_does_not_meet_the_standard_said_after_the_figure_is_no_value_of_the_indicator()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya keselamatan bangunan\tPersentase bangunan gedung yang memenuhi standar proteksi kebakaran\t%\t40\t45,20\t113,00",
            string.Empty,
            "Dari 250 bangunan gedung yang diperiksa, 113 bangunan (45,20%) telah memenuhi standar proteksi. Sebanyak 137 bangunan (54,80%) belum memenuhi standar.");

        Assert.Equal([45.20m], Report.ProseOn(result, 5).Select(v => v.Value!.Value));
    }

    [Theory]
    [InlineData("Rasio pos pemadam kebakaran per WMK tahun 2023 sebesar 0,63, sehingga capaian hanya 78,75% dari target 0,80.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Capaian rasio pos pemadam kebakaran per WMK tahun 2023 sebesar 0,63 dari target 0,80.", IndicatorValueKind.Realization)]
    public void A_percentage_called_the_capaian_against_a_target_printed_as_no_percentage_is_the_capaian(string sentence, IndicatorValueKind kind)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kesiapsiagaan\tRasio pos pemadam kebakaran per WMK\tRasio\t0,80\t0,63\t78,75",
            string.Empty,
            sentence);

        var prose = Report.ProseOn(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 0.63m });
        Assert.Contains(prose, v => v.Kind == kind && v.Value is 78.75m or 0.63m);
        Assert.DoesNotContain(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 78.75m });
    }

    [Fact]
    public void The_figure_after_mencapai_target_is_the_target_when_the_sentence_names_its_capaian_later()
    {
        var result = Report.Extract([.. Table, "Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Realisasi ini belum mencapai target 70% sehingga capaiannya 92,86%."]);

        Assert.Equal(
            [(IndicatorValueKind.Target, 70m), (IndicatorValueKind.ReportedCapaian, 92.86m)],
            Report.ProseOn(result, Table.Length + 1).Where(v => v.Kind != IndicatorValueKind.Realization).Select(v => (v.Kind, v.Value!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2022 tercapai 105,50% karena seluruh arsip tertata.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2022 tercapai 95,50% karena hampir seluruh arsip tertata.", IndicatorValueKind.Realization)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2022 berhasil dicapai sebesar 105,50%.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2022 tercapai 101,34%.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Indikator Persentase Perangkat Daerah yang Tertib Arsip (105,50%) telah melampaui target.", IndicatorValueKind.ReportedCapaian)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2022 berhasil dicapai sebesar 101,34%.", IndicatorValueKind.ReportedCapaian)]
    public void A_share_above_a_hundred_percent_said_to_be_reached_is_the_capaian(string sentence, IndicatorValueKind kind)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal([kind], Report.ProseOn(result, Table.Length + 1).Select(v => v.Kind));
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip di Kelurahan Suka Jaya mencapai 80,10%, sedangkan di Desa Suka Damai hanya 55,40%.")]
    [InlineData("Realisasi tertinggi Persentase Perangkat Daerah yang Tertib Arsip adalah Kelurahan Suka Jaya sebesar 80,10% dan terendah Desa Suka Damai sebesar 55,40%.")]
    public void Figures_of_one_kelurahan_or_desa_are_not_the_units_values(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Empty(Prose(result));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Of_the_indicators_counted_first_the_claim_is_the_count_nearest_mencapai_target()
    {
        var result = Report.Extract([.. Table, "Dari 2 indikator kinerja, sebanyak 1 indikator mencapai target dan 1 indikator belum mencapai target."]);

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_target_at_the_end_of_the_renstra_period_is_the_renstra_target()
    {
        var result = Report.Extract([.. Table, "Target Persentase Perangkat Daerah yang Tertib Arsip pada akhir periode Renstra tahun 2026 adalah 85%, sehingga capaian terhadap target akhir Renstra sebesar 76,47%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.RenstraTarget, Value: 85m, Year: 2026 });
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Terhadap target akhir Renstra sebesar 80%, capaian tahun 2023 adalah 81,25%.", 81.25)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Namun terhadap target akhir Renstra 2026 sebesar 80%, capaian baru 81,25%.", 81.25)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. Terhadap target akhir Renstra sebesar 85, capaian tahun 2023 adalah 97,76%.", 97.76)]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tahun 2023 meningkat dibanding tahun 2021 (80,50) dan tahun 2022 (81,20); capaian kinerja juga naik dari 99,10% (2021) dan 100,20% (2022) menjadi 101,34%. Namun terhadap target akhir Renstra 2026 sebesar 85, capaian baru 97,76%.", 97.76)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10, naik 1,10 poin dari tahun 2022 (82,00; mutu B). Capaian kinerja sebesar 101,34%, lebih tinggi dari capaian tahun 2021 (99,50%) dan tahun 2022 (100,10%). Terhadap target akhir Renstra sebesar 85, capaian baru 97,76%.", 97.76)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. Terhadap target akhir Renstra sebesar 85 poin per 1.000 responden, capaian baru 97,76%.", 97.76)]
    [InlineData("Realisasi Persentase Perangkat Daerah yang Tertib Arsip meningkat dibanding tahun 2022 sebesar 60,10%, namun baru mencapai 81,25% dari target akhir Renstra 80%.", 81.25)]
    public void A_capaian_after_the_renstra_end_target_it_is_measured_against_is_the_capaian_against_that_target(string sentences, double share)
    {
        var result = Report.Extract([.. Table, sentences]);

        var capaian = Assert.Single(Prose(result), v => v.Kind is IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra or IndicatorValueKind.Realization && v.Value == (decimal)share);
        Assert.Equal((IndicatorValueKind.ReportedCapaianRenstra, 2023), (capaian.Kind, capaian.Year));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Nilai IKM Dinas tahun 2023 sebesar 84,63, melampaui target 82.")]
    [InlineData("IKM Dinas Pemadam Kebakaran dan Penyelamatan tahun 2023 sebesar 84,63, melampaui target 82.")]
    public void A_dinas_named_by_its_kind_alone_is_the_reporting_unit_whose_figure_is_checked_against_its_tables(string sentence)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.2",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat (IKM)\tIndeks\t82\t84,36\t102,88",
            string.Empty,
            sentence);

        var said = Assert.Single(Prose(result), v => v.Kind == IndicatorValueKind.Realization);
        Assert.Equal(result.Document.Unit, said.Unit);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.TableVsText && f.Reported.Value == 84.63m);
    }

    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10, naik 1,10 poin dari tahun 2022 (82,00). Dibandingkan target sebesar 82,00, capaian kinerja sebesar 101,34%.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10 atau meningkat 1,10 dari tahun 2022 sebesar 82,00. Dibandingkan target sebesar 82,00, capaian kinerja sebesar 101,34%.")]
    public void A_year_compared_with_by_a_rise_from_it_is_not_handed_on_to_the_next_sentence(string sentences)
    {
        var result = Report.Extract([.. Table, sentences]);

        var prose = Prose(result);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 82.00m, Year: 2022 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 82.00m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 101.34m, Year: 2023 });
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%; capaian kinerja juga naik dari 90,50% (2021) dan 91,89% (2022) menjadi 92,86%.")]
    [InlineData("Capaian Persentase Perangkat Daerah yang Tertib Arsip meningkat dari 90,50% pada tahun 2021 dan 91,89% pada tahun 2022 menjadi 92,86%.")]
    [InlineData("Realisasi Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 meningkat dibanding tahun 2021 (60,10%) dan tahun 2022 (62,40%); capaian kinerja juga naik dari 90,50% (2021) dan 91,89% (2022) menjadi 92,86%.")]
    public void The_figure_a_rise_from_earlier_years_comes_to_is_the_reports_years(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 91.89m, Year: 2022 });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat diukur dari pengaduan yang diterima di Pusat Komando (Call Center 112) dan hotline 113. Pada tahun 2023 Indeks Kepuasan Masyarakat sebesar 83,10.")]
    [InlineData("Indeks Kepuasan Masyarakat diukur dari pengaduan melalui nomor telepon 113 dan WhatsApp 0812. Pada tahun 2023 Indeks Kepuasan Masyarakat sebesar 83,10.")]
    public void A_telephone_number_is_no_figure(string sentences)
    {
        var result = Report.Extract([.. Table, sentences]);

        Assert.Equal([83.10m], Prose(result).Select(v => v.Value!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void An_indicator_defined_at_the_opening_of_a_sentence_is_the_one_the_next_sentence_speaks_of_though_another_is_named_in_its_definition()
    {
        var result = Report.Extract([.. Table,
            "Indikator Persentase Perangkat Daerah yang Tertib Arsip dihitung dari perangkat daerah yang lebih tertib dari rata-rata Indeks Kepuasan Masyarakat. " +
            "Pada tahun 2023 capaian sebesar 92,86%."]);

        var capaian = Assert.Single(Prose(result));
        Assert.Equal(("Persentase Perangkat Daerah yang Tertib Arsip", IndicatorValueKind.ReportedCapaian, 92.86m), (capaian.Indicator, capaian.Kind, capaian.Value!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Waktu tanggap rata-rata", "Rata-rata waktu tanggap tahun 2023 sebesar 16,2 menit.")]
    [InlineData("Rata-rata waktu tanggap", "Waktu tanggap rata-rata tahun 2023 sebesar 16,2 menit.")]
    public void An_average_named_with_rata_rata_before_or_after_its_measure_is_the_same_indicator(string tableName, string sentence)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.2",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\t{tableName}\tmenit\t15\t16,2\t92,59",
            "2\tPersentase pelayanan penyelamatan dan evakuasi korban\t%\t97\t96,88\t99,88",
            string.Empty,
            sentence);

        var said = Assert.Single(Prose(result));
        Assert.Equal((tableName, IndicatorValueKind.Realization, 16.2m), (said.Indicator, said.Kind, said.Value!.Value));
    }

    [Theory]
    [InlineData("Terhadap target akhir Renstra sebesar 80%, capaian tahun 2023 sebesar 81,25%, sedangkan terhadap target tahun 2023 sebesar 70%, capaian kinerja sebesar 92,86%.", 92.86)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip dibandingkan target akhir Renstra sebesar 80%, capaian kinerja tahun 2023 sebesar 81,25% dengan realisasi sebesar 65%.", 65)]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip dibandingkan target Renstra tahun 2023 sebesar 70%, capaian kinerja sebesar 92,86%.", 92.86)]
    public void Only_the_capaian_right_after_the_end_target_is_measured_against_it(string sentence, double figure)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.DoesNotContain(Prose(result), v => v.Kind == IndicatorValueKind.ReportedCapaianRenstra && v.Value == (decimal)figure);
    }

    [Fact]
    public void Other_dinas_named_by_their_kind_are_not_the_reporting_unit()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.2",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat (IKM)\tIndeks\t82\t84,36\t102,88",
            string.Empty,
            "Nilai IKM Dinas lain di Kota Contoh Raya tahun 2023 sebesar 80,12.");

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse && v.Unit == result.Document.Unit);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_rise_over_a_span_of_years_keeps_the_year_it_comes_to()
    {
        var result = Report.Extract([.. Table, "Persentase Perangkat Daerah yang Tertib Arsip dari tahun 2021 ke tahun 2022 meningkat menjadi 60%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 60m, Year: 2022 });
    }

    [Theory]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. Terhadap target akhir Renstra sebesar 85,00 poin, realisasi tahun 2023 telah mencapai 97,76%.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. Capaian terhadap target akhir Renstra (85,00) sebesar 97,76%.")]
    public void A_share_of_the_end_target_after_it_is_the_capaian_against_it_for_an_indicator_not_in_percent(string sentences)
    {
        var result = Report.Extract([.. Table, sentences]);

        var capaian = Assert.Single(Prose(result), v => v.Value == 97.76m);
        Assert.Equal((IndicatorValueKind.ReportedCapaianRenstra, 2023), (capaian.Kind, capaian.Year));
    }

    [Fact]
    public void A_figure_given_its_grade_and_then_its_year_is_that_years()
    {
        var result = Report.Extract([.. Table, "Indeks Kepuasan Masyarakat meningkat dari 80,12 pada tahun 2020 menjadi 82,00 dengan mutu B pada tahun 2022, kemudian 83,10 (B) pada tahun 2023."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 82.00m, Year: 2022 });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_figure_at_the_renstras_starting_condition_is_of_the_baseline_year_named_after_it()
    {
        var result = Report.Extract([.. Table, "Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%. Angka ini naik dari 60,10% pada tahun 2022 dan 55,40% pada kondisi awal Renstra tahun 2020."]);

        Assert.Contains(Prose(result), v => v is { Value: 55.40m, Year: 2020 });
        Assert.Contains(Prose(result), v => v is { Value: 60.10m, Year: 2022 });
    }

    [Theory]
    [InlineData("Perubahan Perjanjian Kinerja mengubah target dua indikator: target Indeks Kepuasan Masyarakat disesuaikan dari 82,00 menjadi 83,00, dan target Persentase Perangkat Daerah yang Tertib Arsip dinaikkan dari 70% menjadi 72%.")]
    [InlineData("Target Indeks Kepuasan Masyarakat tahun 2023 diubah dari 82,00 menjadi 83,00, sedangkan target Persentase Perangkat Daerah yang Tertib Arsip dinaikkan dari 70% menjadi 72%.")]
    public void The_figure_a_target_is_changed_to_is_the_revised_target(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        var prose = Prose(result).Select(v => (v.Kind, v.Value)).ToList();
        Assert.Contains((IndicatorValueKind.Target, (decimal?)82.00m), prose);
        Assert.Contains((IndicatorValueKind.TargetRevised, (decimal?)83.00m), prose);
        Assert.Contains((IndicatorValueKind.TargetRevised, (decimal?)72m), prose);
        Assert.DoesNotContain(prose, v => v.Kind == IndicatorValueKind.Realization);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
