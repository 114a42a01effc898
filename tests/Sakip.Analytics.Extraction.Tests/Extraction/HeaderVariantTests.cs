using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Header wordings other reports use, beyond the seeds'.</summary>
public class HeaderVariantTests
{
    [Fact]
    public void A_cumulative_realization_up_to_the_fourth_quarter_is_the_realization_and_quarterly_columns_are_not()
    {
        var result = Report.Extract(
            "No\tIndikator Kinerja\tTarget\tTW I\tTW II\tRealisasi s.d Triwulan IV\tCapaian (%)",
            "1\tPersentase dokumen perencanaan tepat waktu\t100\t25\t50\t95\t95");

        Assert.Equal([IndicatorValueKind.Target, IndicatorValueKind.Realization, IndicatorValueKind.ReportedCapaian], result.Indicators.Select(v => v.Kind));
        Assert.Equal(95m, result.Indicators[1].Value);
    }

    [Theory]
    [InlineData("Sat.\tTgt\tReal.\tCap. (%)")]
    [InlineData("Sat\tTrgt\tReal\tCapaian")]
    public void Short_forms_of_the_headers_are_read(string headers)
    {
        var result = Report.Extract(
            $"No\tIndikator Kinerja\t{headers}",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77");

        Assert.Equal([IndicatorValueKind.Target, IndicatorValueKind.Realization, IndicatorValueKind.ReportedCapaian], result.Indicators.Select(v => v.Kind));
        Assert.All(result.Indicators, v => Assert.Equal("Indeks", v.Satuan));
    }

    [Theory]
    [InlineData("Rencana")]
    [InlineData("Rencana 2023")]
    [InlineData("Rencana Kinerja")]
    [InlineData("Rencana Tingkat Capaian")]
    public void A_rencana_column_beside_the_realisasi_is_the_target(string header)
    {
        var result = Report.Extract(
            $"No\tIndikator Kinerja\tSatuan\t{header}\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77");

        Assert.Equal(
            [(IndicatorValueKind.Target, 82m), (IndicatorValueKind.Realization, 83.45m), (IndicatorValueKind.ReportedCapaian, 101.77m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Rencana_kinerja_over_the_years_of_the_plan_are_its_targets()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Renstra Tahun 2021-2026",
            "Sasaran\tIndikator Kinerja\tSatuan\tKondisi Awal\tRencana Kinerja Tahun\t\t\t",
            "\t\t\t(2020)\t2021\t2022\t2023",
            "Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\tIndeks\t78,35\t80,00\t81,00\t82,50");

        Assert.Equal(
            [(2020, IndicatorValueKind.Realization, 78.35m), (2021, IndicatorValueKind.RenstraTarget, 80m), (2022, IndicatorValueKind.RenstraTarget, 81m), (2023, IndicatorValueKind.RenstraTarget, 82.5m)],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_rencana_at_the_end_of_the_renstra_is_its_end_target()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Perbandingan Realisasi Kinerja s.d. Akhir Periode Renstra",
            "No\tSasaran Strategis\tIndikator Sasaran\tRencana Akhir Renstra\tRealisasi Th. 2023\tTingkat Kemajuan",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\t85\t83,45\t98,18");

        Assert.Equal(IndicatorValueKind.RenstraTarget, result.Indicators[0].Kind);
        Assert.Equal(85m, result.Indicators[0].Value);
    }

    [Theory]
    [InlineData("Rencana Aksi")]
    [InlineData("Rencana Tindak Lanjut")]
    public void A_plan_of_actions_or_follow_up_is_no_target(string header)
    {
        var result = Report.Extract(
            $"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\t{header}",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\tPeningkatan sarana pelayanan");

        Assert.Equal([(IndicatorValueKind.Target, 82m), (IndicatorValueKind.Realization, 83.45m)], result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("% Capaian\tKategori\t% Capaian", "(%)\t\tSasaran (%)")]
    [InlineData("% Capaian\tKategori\t% Capaian Sasaran", "\t\t")]
    public void A_per_cent_capaian_of_the_sasaran_is_the_sasarans_capaian_not_a_second_of_the_indicator(string capaian, string below)
    {
        var result = Report.Extract(
            $"No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\t{capaian}",
            $"\t\t\t\t2022\t2022\t{below}",
            "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t84,28\t102,78\tSangat Tinggi\t104,29",
            "\t\tPersentase Layanan Kepegawaian Tepat Waktu\t%\t90,00\t95,40\t106,00\tSangat Tinggi\t");

        Assert.Equal([102.78m, 106.00m], result.Indicators.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian).Select(v => v.Value!.Value));
        Assert.Equal(104.29m, Assert.Single(result.AverageCapaian).Value);
    }

    [Theory]
    [InlineData("Pencapaian")]
    [InlineData("Tingkat Pencapaian (%)")]
    public void A_pencapaian_column_is_the_capaian(string header)
    {
        var result = Report.Extract(
            $"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\t{header}",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77");

        Assert.Equal([IndicatorValueKind.Target, IndicatorValueKind.Realization, IndicatorValueKind.ReportedCapaian], result.Indicators.Select(v => v.Kind));
    }

    [Theory]
    [InlineData("Capaian\t%")]
    [InlineData("Capaian\tPersentase Capaian (%)")]
    [InlineData("Pencapaian\t%")]
    public void A_capaian_without_a_percent_mark_before_a_percentage_is_the_realization(string headers)
    {
        var result = Report.Extract(
            $"No\tIndikator Kinerja\tSatuan\tTarget\t{headers}",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83,45\t101,77");

        Assert.Equal(
            [(IndicatorValueKind.Target, 82m), (IndicatorValueKind.Realization, 83.45m), (IndicatorValueKind.ReportedCapaian, 101.77m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Beside_a_realization_two_capaian_columns_stay_capaian()
    {
        var result = Report.Extract(
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\t82\t83,45\t101,77\t101,77");

        Assert.DoesNotContain(result.Indicators, v => v.Kind == IndicatorValueKind.Realization && v.Value == 101.77m);
    }

    [Fact]
    public void A_target_pk_perubahan_column_gives_revised_targets_beside_the_original_ones()
    {
        var result = Report.Extract(
            "No\tIndikator Kinerja\tTarget PK\tTarget PK Perubahan\tRealisasi",
            "1\tIndeks Kepuasan Masyarakat\t85,00\t82,00\t80,50");

        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Target, Value: 85.00m });
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.TargetRevised, Value: 82.00m });
    }

    [Fact]
    public void A_value_with_its_category_in_words_keeps_the_value()
    {
        var result = Report.Extract(
            "No\tIndikator Kinerja\tTarget\tRealisasi",
            "1\tIndeks Kepuasan Masyarakat\t85,00 (Baik)\t83,76 (Baik)");

        Assert.Equal([85.00m, 83.76m], result.Indicators.Select(v => v.Value));
    }

    [Fact]
    public void Realisasi_is_checked_against_the_revised_pagu_when_both_are_printed()
    {
        var result = Report.Extract(
            "No\tProgram\tAnggaran Murni\tAnggaran Perubahan\tRealisasi\t%",
            "1\tProgram Penunjang Urusan Pemerintahan\t1.000.000.000\t900.000.000\t855.000.000\t95,00");

        var line = Assert.Single(result.Budget);
        Assert.Equal(900_000_000m, line.Pagu);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CapaianMiscomputed);
    }

    [Fact]
    public void An_akip_table_with_the_weight_of_each_component_reads_only_the_scores()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Hasil Evaluasi AKIP Tahun 2023",
            "No\tKomponen\tBobot\tNilai",
            "1\tPerencanaan Kinerja\t30\t22,02",
            "2\tPengukuran Kinerja\t30\t20,64",
            "3\tPelaporan Kinerja\t15\t11,62",
            "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t15,87",
            "\tNilai Akhir\t100\t70,15",
            "\tPredikat\t\tBB");

        var akip = Assert.Single(result.Akip);
        Assert.Equal((70.15m, "BB", 22.02m), (akip.Total!.Value, akip.Predikat, akip.Components[Domain.Rules.AkipComponent.Perencanaan]));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_header_wrapped_over_two_rows_with_the_baseline_year_in_brackets_is_one_header()
    {
        var result = Report.Extract(
            "Renstra Kecamatan Teluk Indah Tahun 2021-2026.",
            string.Empty,
            "Tabel 3.6",
            "Perbandingan Realisasi dengan Target Akhir Renstra",
            string.Empty,
            "No\tIndikator\tSatuan\tKondisi Awal\tRealisasi\tTarget Akhir\tCapaian terhadap Target",
            "\t\t\t(2020)\t2023\tRenstra (2026)\tAkhir Renstra (%)",
            "1\tIndeks Pelayanan Publik\tIndeks\t3,10\t3,45\t4,00\t86,25");

        var values = result.Indicators.Where(v => v.Source.Line == Report.Line(8)).ToList();
        Assert.Contains(values, v => v is { Kind: IndicatorValueKind.Realization, Year: 2020, Value: 3.10m });
        Assert.Contains(values, v => v is { Kind: IndicatorValueKind.Realization, Year: 2023, Value: 3.45m });
        Assert.Contains(values, v => v is { Kind: IndicatorValueKind.RenstraTarget, Year: 2026, Value: 4.00m });
        Assert.Contains(values, v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 86.25m });
        Assert.DoesNotContain(values, v => v.Kind == IndicatorValueKind.ReportedCapaian);
    }

    [Fact]
    public void A_capaian_against_the_end_target_is_the_renstra_capaian_not_another_end_target()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perbandingan Realisasi Kinerja Tahun 2023 dengan Target Akhir Renstra 2021-2026",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget Akhir Renstra (2026)\tRealisasi 2023\tTingkat Capaian terhadap Target Akhir (%)",
            "1\tIndeks Kepuasan Masyarakat\tIndeks\t86,50\t85,14\t98,43");

        Assert.Single(result.Indicators, v => v is { Kind: IndicatorValueKind.RenstraTarget, Year: 2026, Value: 86.50m });
        Assert.Single(result.Indicators, v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 98.43m });
    }

    [Fact]
    public void An_original_and_a_revised_budget_side_by_side_give_each_row_a_line_of_each_stage()
    {
        var result = Report.Extract(
            "Tabel 2.5",
            "Alokasi Anggaran per Program Tahun 2023",
            string.Empty,
            "No\tKode\tProgram\tAPBD Murni (Rp)\tAPBD Perubahan (Rp)\tBertambah/(Berkurang) (Rp)",
            "1\t5.03.01\tProgram Penunjang Urusan Pemerintahan Daerah\t7.482.340.000\t7.616.562.200\t134.222.200",
            "2\t5.03.02\tProgram Kepegawaian Daerah\t1.310.000.000\t1.255.000.000\t(55.000.000)",
            "\tJUMLAH\t\t8.792.340.000\t8.871.562.200\t79.222.200");

        Assert.All(result.Budget, b => Assert.Null(b.Realisasi));
        var murni = result.Budget.Where(b => b.Stage == BudgetStage.Murni).ToList();
        var perubahan = result.Budget.Where(b => b.Stage == BudgetStage.Perubahan).ToList();
        Assert.Equal([7_482_340_000m, 1_310_000_000m, 8_792_340_000m], murni.Select(b => b.Pagu!.Value));
        Assert.Equal([7_616_562_200m, 1_255_000_000m, 8_871_562_200m], perubahan.Select(b => b.Pagu!.Value));
        Assert.Equal([Report.Line(5), Report.Line(6), Report.Line(7)], murni.Select(b => b.Source.Line));
        Assert.All(result.Budget.Where(b => b.Source.Line == Report.Line(7)), b => Assert.Equal((BudgetLevel.Total, "JUMLAH"), (b.Level, b.Name)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.SumMismatch);
    }

    [Fact]
    public void Header_words_wrapped_onto_a_line_of_their_own_are_read_with_the_words_above_them()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Pengukuran Kinerja Tahun 2023",
            string.Empty,
            "NO.\tSASARAN\tINDIKATOR\tTARGET\tREALISASI\tCAPAIAN",
            "\tSTRATEGIS\tSASARAN\t\t\t",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
            "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\t80\t85\t106,25");

        Assert.Equal(
            [
                ("Meningkatnya Kualitas Pelayanan", "Indeks Kepuasan Masyarakat", IndicatorValueKind.Target, 80m),
                ("Meningkatnya Kualitas Pelayanan", "Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 85m),
                ("Meningkatnya Kualitas Pelayanan", "Indeks Kepuasan Masyarakat", IndicatorValueKind.ReportedCapaian, 106.25m),
            ],
            result.Indicators.Select(v => (v.Goal, v.Indicator, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Header_words_wrapped_between_header_rows_keep_the_year_columns_under_their_group()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Target Kinerja Renstra Tahun 2021-2026",
            string.Empty,
            "No\tIndikator\tSatuan\tKondisi\tTarget\t\t\tTarget",
            "\t\t\tAwal\tKinerja Tahun\t\t\tAkhir",
            "\t\t\t(2020)\t2021\t2022\t2023\tRenstra (2026)",
            "1\tIndeks Profesionalitas ASN\tNilai\t56,20\t58,00\t62,00\t65,00\t74,00");

        Assert.Equal(
            [
                (2020, IndicatorValueKind.Realization, 56.20m),
                (2021, IndicatorValueKind.RenstraTarget, 58.00m),
                (2022, IndicatorValueKind.RenstraTarget, 62.00m),
                (2023, IndicatorValueKind.RenstraTarget, 65.00m),
                (2026, IndicatorValueKind.RenstraTarget, 74.00m),
            ],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)).Order());
    }

    [Fact]
    public void Header_words_with_years_wrapped_between_header_rows_are_read_with_the_words_above_them()
    {
        var result = Report.Extract(
            "TABEL III.2",
            "TABEL PENGUKURAN KINERJA TAHUN 2022",
            string.Empty,
            "NO\tINDIKATOR\tCAPAIAN\tTAHUN 2022\t\t\tTARGET\tCAPAIAN",
            "\t\tTAHUN 2021\t\t\t\tAKHIR RENSTRA (2026)\tS/D 2022 TERHADAP RENSTRA 2021-2026 (%)",
            "\t\t\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2022 (%)\tREALISASI (%)\t\t",
            "1\t2\t3\t4\t5\t6\t7\t8",
            "1.\tIndeks Kepuasan Masyarakat\t\t87\t86,98\t99,98\t89\t19,77");

        Assert.Equal(
            [
                (2022, IndicatorValueKind.Target, 87m),
                (2022, IndicatorValueKind.Realization, 86.98m),
                (2022, IndicatorValueKind.ReportedCapaian, 99.98m),
                (2026, IndicatorValueKind.RenstraTarget, 89m),
                (2022, IndicatorValueKind.ReportedCapaianRenstra, 19.77m),
            ],
            result.Indicators.Select(v => (v.Year, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Short_header_words_wrapped_onto_the_line_right_above_the_data_are_read_with_the_words_above_them()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Perbandingan Realisasi Kinerja s.d. Akhir Periode RENSTRA",
            string.Empty,
            "NO.\tSASARAN\tINDIKATOR\tTARGET\tREALISASI\tTINGKAT",
            "\tSTRATEGIS\tSASARAN\tAKHIR RENSTRA\tTh. 2023\tKEMAJUAN",
            "1\tMeningkatnya Kualitas Pelayanan\tIndeks Kepuasan Masyarakat\t90\t85\t94,44");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.RenstraTarget, 90m),
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 85m),
                ("Indeks Kepuasan Masyarakat", IndicatorValueKind.ReportedCapaianRenstra, 94.44m),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Uraian")]
    [InlineData("Uraian Kinerja")]
    [InlineData("Tolok Ukur Kinerja")]
    [InlineData("Ukuran Kinerja")]
    [InlineData("Jenis Pelayanan Dasar")]
    [InlineData("Kinerja")]
    public void A_column_of_measured_names_beside_target_realisasi_and_capaian_names_the_indicators(string header)
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Kinerja",
            string.Empty,
            $"No\t{header}\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase pelayanan penyelamatan dan evakuasi korban kebakaran\t100\t100\t100",
            "2\tPersentase penanganan kejadian non kebakaran\t100\t96,5\t96,5");

        Assert.Equal(
            [(IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 100m), (IndicatorValueKind.ReportedCapaian, 100m),
                (IndicatorValueKind.Target, 100m), (IndicatorValueKind.Realization, 96.5m), (IndicatorValueKind.ReportedCapaian, 96.5m)],
            result.Indicators.Select(v => (v.Kind, v.Value!.Value)));
        Assert.Equal("Persentase penanganan kejadian non kebakaran", result.Indicators[^1].Indicator);
    }

    [Theory]
    [InlineData("Bulan", "Januari", "Februari")]
    [InlineData("Uraian", "Belanja Pegawai", "Belanja Barang dan Jasa")]
    [InlineData("Uraian", "Belanja Modal", "Jumlah")]
    public void A_column_of_months_or_of_spending_beside_target_and_realisasi_names_no_indicator(string header, string first, string second)
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Realisasi Tahun 2023",
            string.Empty,
            $"No\t{header}\tTarget\tRealisasi\tCapaian (%)",
            $"1\t{first}\t100\t100\t100",
            $"2\t{second}\t100\t96,5\t96,5");

        Assert.Empty(result.Indicators);
    }
}
