using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Indicator tables as dinas, badan and kecamatan LKjIPs print them: sasaran sub-headings, average rows, end targets.</summary>
public class IndicatorTableGenreTests
{
    [Fact]
    public void A_long_sasaran_heading_printed_across_the_table_under_its_header_does_not_cut_the_header_off()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "Sasaran 1: Meningkatnya kesejahteraan sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) di Kabupaten Contoh Raya",
            "1\tPersentase PMKS yang memperoleh bantuan sosial\t%\t85\t87,50\t102,94",
            "2\tPersentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya\t%\t100\t100\t100,00");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(5)).ToList();
        Assert.Equal(
            [(IndicatorValueKind.Target, 85m), (IndicatorValueKind.Realization, 87.50m), (IndicatorValueKind.ReportedCapaian, 102.94m)],
            values.Select(v => (v.Kind, v.Value ?? 0)).ToList());
        Assert.Equal(6, result.Indicators.Count(v => v.Source.Table == "Tabel 3.1"));
    }

    [Fact]
    public void A_long_sasaran_heading_under_the_header_printed_again_on_the_next_page_keeps_the_table_going()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase PMKS yang memperoleh bantuan sosial\t%\t85\t87,50\t102,94",
            string.Empty,
            "LKjIP Dinas Sosial Kabupaten Contoh Raya Tahun 2023\tIII-4",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "Sasaran 2: Menurunnya jumlah penduduk miskin dan rentan miskin melalui perlindungan dan jaminan sosial",
            "2\tPersentase penduduk miskin\t%\t8,50\t8,20\t103,53");

        Assert.Equal(3, result.Indicators.Count(v => v.Source.Table == "Tabel 3.1" && v.Source.Line == Report.Line(10)));
    }

    [Theory]
    [InlineData("2 Sasaran: Menurunnya jumlah penduduk miskin dan rentan miskin melalui perlindungan sosial")]
    [InlineData("2. Tujuan: Menurunnya jumlah penduduk miskin dan rentan miskin melalui perlindungan sosial")]
    [InlineData("B. Sasaran 2: Menurunnya jumlah penduduk miskin dan rentan miskin melalui perlindungan sosial")]
    public void A_numbered_sasaran_heading_printed_without_tabs_between_the_rows_keeps_the_table_going(string heading)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "Persentase PMKS yang memperoleh bantuan sosial\t%\t85\t87,50\t102,94",
            heading,
            "Persentase penduduk miskin\t%\t8,50\t8,20\t103,53");

        Assert.Equal(
            [(IndicatorValueKind.Target, 8.50m), (IndicatorValueKind.Realization, 8.20m), (IndicatorValueKind.ReportedCapaian, 103.53m)],
            result.Indicators.Where(v => v.Source.Table == "Tabel 3.1" && v.Source.Line == Report.Line(6)).Select(v => (v.Kind, v.Value ?? 0)));
    }

    [Theory]
    [InlineData("\t\tRata-rata Capaian\t\t\t102,72 %")]
    [InlineData("Rata-rata Capaian Kinerja\t\t\t\t\t102,72 %")]
    [InlineData("\tCapaian Kinerja Rata-rata\t\t\t\t102,72")]
    [InlineData("\tNilai Rata-rata Capaian Kinerja Sasaran\t\t\t\t102,72")]
    public void An_average_row_is_not_an_indicator_wherever_its_label_sits(string averageRow)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase PMKS yang memperoleh bantuan sosial\t%\t85\t87,50\t102,94 %",
            "2\tIndeks Kepuasan Masyarakat\tIndeks\t80\t82\t102,50 %",
            averageRow);

        Assert.DoesNotContain(result.Indicators, v => v.Source.Line == Report.Line(6));
        Assert.Contains(result.AverageCapaian, a => a.Value == 102.72m);
    }

    [Fact]
    public void Sasaran_statements_and_a_jumlah_capaian_row_in_the_indicator_column_are_no_indicators()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Kinerja Sasaran Tahun 2023",
            "No\tSasaran / Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "I\tMeningkatnya kualitas pelayanan publik kecamatan\t\t\t\t101,77",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77",
            "II\tMeningkatnya kualitas penyelenggaraan pemerintahan\t\t\t\t100,84",
            "2\tPersentase kelurahan dengan kinerja baik\t%\t85\t85,71\t100,84",
            "\tJumlah Capaian\t\t\t\t202,61");

        Assert.Equal(6, result.Indicators.Count);
        Assert.All(result.Indicators, v => Assert.Contains(v.Source.Line, new[] { Report.Line(5), Report.Line(7) }));
        Assert.Contains(result.AverageCapaian, a => a.Value == 101.77m && a.Goal == "Meningkatnya kualitas pelayanan publik kecamatan");
    }

    [Theory]
    [InlineData("Target Akhir Renstra (2026)\tRealisasi 2023\tTingkat Capaian (%)")]
    [InlineData("Target Akhir Renstra\tRealisasi\tCapaian (%)")]
    [InlineData("Target Renstra 2026\tRealisasi 2023\tPersentase Capaian")]
    public void A_capaian_beside_only_the_end_target_of_the_renstra_is_the_capaian_against_the_renstra(string columns)
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Capaian Kinerja Tahun 2023 dibandingkan Target Akhir Renstra",
            $"No\tIndikator Kinerja\t{columns}",
            "1\tIndeks Kepuasan Masyarakat\t85\t82,15\t96,65");

        var capaian = Assert.Single(result.Indicators, v => v.Value == 96.65m);
        Assert.Equal(IndicatorValueKind.ReportedCapaianRenstra, capaian.Kind);
    }

    [Fact]
    public void A_capaian_beside_the_renstra_target_of_the_report_year_stays_the_capaian_of_the_year()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Capaian Kinerja Tahun 2023 terhadap Target Renstra",
            "No\tIndikator Kinerja\tTarget Renstra 2023\tRealisasi 2023\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\t80\t82,15\t102,69");

        var capaian = Assert.Single(result.Indicators, v => v.Value == 102.69m);
        Assert.Equal(IndicatorValueKind.ReportedCapaian, capaian.Kind);
    }

    [Fact]
    public void A_kondisi_akhir_column_of_a_matrix_is_the_target_of_its_last_year_whatever_period_the_report_cites_most()
    {
        var result = Report.Extract(
            "Pelaksanaan Renstra 2019-2024 berakhir; Renstra 2019-2024 diganti.",
            string.Empty,
            "Tabel 2.2",
            "Rencana Strategis Tahun 2021-2026",
            "No\tIndikator Kinerja\tSatuan\tKondisi Awal (2020)\tTarget Kinerja\t\t\t\t\tKondisi Akhir",
            "\t\t\t\t2022\t2023\t2024\t2025\t2026\t",
            "1\tAngka kejadian kebakaran\tKejadian\t120\t110\t100\t90\t80\t70\t70");

        var end = Assert.Single(result.Indicators, v => v.Source.Line == Report.Line(7) && v.Kind == IndicatorValueKind.RenstraTarget && v.Year == 2026 && v.Text == "70");
        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.RenstraTarget && v.Year == 2024 && v.Value == 70m);
    }

    [Theory]
    [InlineData("WTP", "WTP")]
    [InlineData("WTP (Wajar Tanpa Pengecualian)", "WTP")]
    [InlineData("WDP", "WDP")]
    public void An_audit_opinion_as_target_or_realization_is_read_as_a_grade(string printed, string grade)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            $"1\tOpini BPK atas Laporan Keuangan\tWTP\t{printed}\t100");

        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Target, Value: null, Grade: "WTP" });
        Assert.Contains(result.Indicators, v => v.Kind == IndicatorValueKind.Realization && v.Value is null && v.Grade == grade && v.Text == printed);
    }

    [Fact]
    public void Bare_year_columns_under_a_caption_naming_the_realization_hold_each_years_realization()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perbandingan Realisasi Kinerja Tahun 2019-2023",
            "No\tIndikator Kinerja\tSatuan\t2019\t2020\t2021\t2022\t2023",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t76,2\t77,0\t78,10\t80,25\t83,40");

        Assert.Equal(
            [(2019, 76.2m), (2020, 77.0m), (2021, 78.10m), (2022, 80.25m), (2023, 83.40m)],
            result.Indicators.Where(v => v.Kind == IndicatorValueKind.Realization).Select(v => (v.Year, v.Value ?? 0)).ToList());
        Assert.Equal(5, result.Indicators.Count);
    }

    [Fact]
    public void Bare_year_columns_under_a_caption_naming_renstra_targets_are_renstra_targets()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Target Kinerja Renstra Tahun 2022-2026",
            "No\tIndikator Kinerja\tSatuan\t2022\t2023\t2024\t2025\t2026",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83\t84\t85\t86");

        Assert.Equal(5, result.Indicators.Count(v => v.Kind == IndicatorValueKind.RenstraTarget));
        Assert.Equal(5, result.Indicators.Count);
    }

    [Theory]
    [InlineData("Target akhir Renstra pada tahun 2026 adalah 85.", 2026)]
    [InlineData("Adapun target Indeks Kepuasan Masyarakat pada tahun 2024 sebesar 85.", 2024)]
    public void A_target_of_a_later_year_in_the_prose_is_a_renstra_target(string sentence, int year)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\t80\t82,15\t102,69",
            string.Empty,
            "Indeks Kepuasan Masyarakat tahun 2023 sebesar 82,15, melampaui target sebesar 80. " + sentence);

        var later = Assert.Single(result.Indicators, v => v.Source.IsProse && v.Value == 85m);
        Assert.Equal((IndicatorValueKind.RenstraTarget, year), (later.Kind, later.Year));
        Assert.Contains(result.Indicators, v => v.Source.IsProse && v is { Kind: IndicatorValueKind.Target, Year: 2023, Value: 80m });
    }

    [Theory]
    [InlineData("Realisasi Tahun Lalu\tRealisasi Tahun Ini")]
    [InlineData("Realisasi Tahun Sebelumnya\tRealisasi Tahun Berjalan")]
    [InlineData("Realisasi (N-1)\tRealisasi (N)")]
    public void Realizations_of_last_year_and_this_year_are_of_the_year_before_the_report_and_of_the_report_year(string columns)
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Perbandingan Realisasi Kinerja Tahun Ini dengan Tahun Lalu",
            $"No\tIndikator Kinerja\tSatuan\t{columns}\tKenaikan/Penurunan",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t80,25\t83,40\t3,15");

        Assert.Equal(
            [(2022, 80.25m), (2023, 83.40m)],
            result.Indicators.Where(v => v.Kind == IndicatorValueKind.Realization).Select(v => (v.Year, v.Value ?? 0)).ToList());
    }

    [Fact]
    public void A_target_of_the_year_after_the_report_beside_the_measurement_is_a_renstra_target()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Capaian Kinerja dan Target Tahun Berikutnya",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tTarget 2024",
            "1\tIndeks Kepuasan Masyarakat\t82\t83,40\t101,71\t84");

        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Target, Year: 2023, Value: 82m });
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.RenstraTarget, Year: 2024, Value: 84m });
    }

    [Fact]
    public void A_name_wrapped_over_three_lines_with_its_figures_on_the_last_is_read_whole()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\t80\t82\t102,50",
            "2\t\tPersentase layanan PATEN yang",
            "\t\tdiselesaikan tepat waktu",
            "\t\tsesuai SOP\t95\t96,4\t101,47");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(7)).ToList();
        Assert.Equal(3, values.Count);
        Assert.All(values, v => Assert.Equal("Persentase layanan PATEN yang diselesaikan tepat waktu sesuai SOP", v.Indicator));
    }

    [Theory]
    [InlineData("1", "1.1", "1.1.1", "", "", "")]
    [InlineData("1", "", "", "7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001")]
    public void One_name_column_for_all_levels_tells_a_sub_kegiatan_by_its_number_or_kode(string n1, string n2, string n3, string k1, string k2, string k3)
    {
        var result = Report.Extract(
            "No\tKode\tProgram/Kegiatan/Sub Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tPagu (Rp)\tRealisasi (Rp)",
            $"{n1}\t{k1}\tProgram Pencegahan dan Penanggulangan Kebakaran\tPersentase kejadian kebakaran yang tertangani\t%\t100\t100\t400.000.000\t390.000.000",
            $"{n2}\t{k2}\tPencegahan dan Pemadaman Kebakaran\tJumlah kejadian kebakaran yang ditangani\tKejadian\t150\t173\t400.000.000\t390.000.000",
            $"{n3}\t{k3}\tPencegahan Kebakaran dalam Daerah\tJumlah pemeriksaan alat proteksi kebakaran gedung\tGedung\t120\t135\t400.000.000\t390.000.000");

        Assert.Equal(
            [IndicatorLevel.Program, IndicatorLevel.Kegiatan, IndicatorLevel.SubKegiatan],
            result.Indicators.DistinctBy(v => v.Indicator).OrderBy(v => v.Source.Line).Select(v => v.Level));
        Assert.Equal([BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan], result.Budget.OrderBy(b => b.Source.Line).Select(b => b.Level));
    }

    [Fact]
    public void A_goal_table_with_the_indicators_formula_and_its_targets_at_the_start_and_end_gives_only_the_end_target()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan Perangkat Daerah",
            "Pernyataan Misi\tTujuan PD\tIndikator Tujuan PD\tFormula Indikator Tujuan PD\tTarget Tujuan PD\t",
            "\t\t\t\tAwal\tAkhir",
            "Misi 6: Membangun sarana dan prasarana publik\tMewujudkan ketahanan daerah dalam penanggulangan kebakaran\tIndeks ketahanan daerah sub urusan kebakaran\tNilai indeks hasil pengukuran\t0,45\t0,75");

        var value = Assert.Single(result.Indicators);
        Assert.Equal(("Indeks ketahanan daerah sub urusan kebakaran", IndicatorValueKind.RenstraTarget, 0.75m), (value.Indicator, value.Kind, value.Value!.Value));
    }

    [Fact]
    public void A_second_indicator_under_a_blank_name_belongs_to_the_sub_kegiatan_above()
    {
        var result = Report.Extract(
            "Kode\tProgram/Kegiatan/Sub Kegiatan\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.05.03.2.01\tPencegahan dan Pemadaman Kebakaran\tJumlah kejadian kebakaran yang ditangani\tKejadian\t80\t86\t107,50",
            "1.05.03.2.01.0001\tPencegahan Kebakaran dan Penyelamatan Non Kebakaran\tJumlah kegiatan sosialisasi pencegahan kebakaran\tKali\t24\t30\t125,00",
            "\t\tJumlah peserta sosialisasi\tOrang\t1.200\t1.450\t120,83");

        var second = result.Indicators.Where(v => v.Indicator == "Jumlah peserta sosialisasi").ToList();
        Assert.Equal(3, second.Count);
        Assert.All(second, v => Assert.Equal((IndicatorLevel.SubKegiatan, "Pencegahan Kebakaran dan Penyelamatan Non Kebakaran"), (v.Level, v.Goal)));
    }

    [Fact]
    public void A_count_of_fires_put_out_is_higher_is_better_and_its_capaian_is_realisasi_over_target()
    {
        var result = Report.Extract(
            "Kode\tProgram/Kegiatan/Sub Kegiatan\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.05.03.2.01.0002\tPemadaman dan Penanganan Bahan Berbahaya dan Beracun\tJumlah kejadian kebakaran yang dipadamkan\tKejadian\t80\t86\t107,50");

        Assert.Single(result.Indicators, v => v.Kind == IndicatorValueKind.ReportedCapaian);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void A_percent_sign_over_the_capaian_against_the_renstra_is_no_satuan_of_the_indicator()
    {
        var result = Report.Extract(
            "No\tIndikator Kinerja\tTarget 2023\tRealisasi 2023\tTarget Akhir Renstra (2026)\tCapaian s.d. 2023 thd Renstra (%)",
            "1\tIndeks Kepuasan Masyarakat\t80\t82,35\t85\t96,88");

        Assert.All(result.Indicators, v => Assert.Null(v.Satuan));
    }

    [Theory]
    [InlineData("15 menit", "14 menit 30 detik", 14.5)]
    [InlineData("00:15:00", "00:14:20", 14.33)]
    [InlineData("15'", "14'30\"", 14.5)]
    public void A_response_time_printed_in_minutes_and_seconds_is_read_in_minutes(string target, string realization, double minutes)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\tWaktu tanggap penanganan kebakaran\tmenit\t{target}\t{realization}\t103,33");

        Assert.Equal(
            [(IndicatorValueKind.Target, 15m, target), (IndicatorValueKind.Realization, (decimal)minutes, realization), (IndicatorValueKind.ReportedCapaian, 103.33m, "103,33")],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value, v.Text)));
    }

    [Fact]
    public void A_response_time_the_prose_gives_in_minutes_and_seconds_is_one_figure_in_minutes_and_no_finding_against_the_table()
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tWaktu tanggap penanganan kebakaran\tmenit\t15\t14,5\t103,33",
            string.Empty,
            "Rata-rata waktu tanggap penanganan kebakaran tahun 2023 adalah 14 menit 30 detik, lebih cepat dari target 15 menit.");

        Assert.Equal(
            [(IndicatorValueKind.Realization, 14.5m, "14 menit 30 detik"), (IndicatorValueKind.Target, 15m, "15")],
            result.Indicators.Where(v => v.Source.IsProse).Select(v => (v.Kind, v.Value!.Value, v.Text)));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Tujuan/Sasaran/Program")]
    [InlineData("Sasaran/Program/Kegiatan")]
    public void A_row_of_a_goal_column_naming_several_levels_is_a_program_or_kegiatan_when_its_name_says_so(string header)
    {
        var result = Report.Extract(
            "Tabel 2.4",
            "Rencana Program, Indikator Kinerja dan Target Renstra Tahun 2021-2026",
            $"No\t{header}\tIndikator Kinerja\tKondisi Awal (2020)\t2021\t2022\t2023",
            "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tPersentase tingkat waktu tanggap di WMK\t70\t75\t80\t85",
            "\tProgram Pencegahan, Penanggulangan, Penyelamatan Kebakaran\tPersentase kejadian kebakaran yang tertangani\t90\t92\t94\t96",
            "\tKegiatan Pencegahan Kebakaran dalam Daerah\tJumlah bangunan yang diperiksa\t100\t110\t120\t130");

        Assert.Equal(
            [("Persentase kejadian kebakaran yang tertangani", IndicatorLevel.Program), ("Jumlah bangunan yang diperiksa", IndicatorLevel.Kegiatan)],
            result.Indicators.Where(v => v.Source.Line > Report.Line(4)).Select(v => (v.Indicator, v.Level)).Distinct());
        Assert.NotEqual(IndicatorLevel.Program, result.Indicators.First(v => v.Source.Line == Report.Line(4)).Level);
    }
}
