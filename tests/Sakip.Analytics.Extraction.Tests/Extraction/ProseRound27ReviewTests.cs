using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Edge cases an independent review of the twenty-seventh round raised: each failed on its first rules and passes on the mended ones.</summary>
public class ProseRound27ReviewTests
{
    /// <summary>The tertib arsip share (70 / 65 / 92,86) and the IKM (82 / 83,10 / 101,34) of <see cref="ProseGenreTests"/>.</summary>
    private static readonly string[] Table = ProseGenreTests.Table;

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    /// <summary>The capaian scale on a variable of <see cref="VariableScaleTests"/> ("X ≥ 91%", "76% ≤ X &lt; 91%", ...).</summary>
    private static readonly string[] VariableScale = VariableScaleTests.Scale;

    // P1: 91 is "X ≥ 91" (Sangat Baik), not "76 ≤ X < 91" (Baik).
    [Fact]
    public void P1_capaian_at_the_top_bands_inclusive_bound_is_that_band()
    {
        var result = Report.Extract([.. VariableScale,
            "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori",
            "1\tPersentase Perangkat Daerah yang Tertib Arsip\t%\t100,00\t91,00\t91,00\tSangat Baik",
            "2\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34\tSangat Baik",
            string.Empty]);

        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
    }

    // P1b: and a capaian of 91 printed "Baik" is the mismatch.
    [Fact]
    public void P1b_capaian_at_the_top_bands_bound_printed_as_the_lower_band_is_a_mismatch()
    {
        var result = Report.Extract([.. VariableScale,
            "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKategori",
            "1\tPersentase Perangkat Daerah yang Tertib Arsip\t%\t100,00\t91,00\t91,00\tBaik",
            "2\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34\tSangat Baik",
            string.Empty]);

        Assert.Single(result.Findings, f => f.Kind == FindingKind.CategoryMismatch);
    }

    // P3: a one-row table printing the target and the realization of the IKM gives the realization as the IKM.
    [Fact]
    public void P3_a_one_row_table_with_the_ikm_target_first_gives_the_realization()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "Target IKM\tRealisasi IKM\tMutu Pelayanan\tJumlah Responden",
            "82,00\t84,12\tB\t210",
            string.Empty);

        Assert.DoesNotContain(result.Ikm, s => s.Ikm == 82.00m);
    }

    // P4: two years' IKM in one row: the earlier year's is not the report year's.
    [Fact]
    public void P4_a_one_row_table_of_two_years_ikm_is_not_read_as_the_first_columns_value()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Hasil Survei Kepuasan Masyarakat",
            "Nilai IKM 2022\tNilai IKM 2023\tMutu Pelayanan\tJumlah Responden",
            "80,50\t84,12\tB\t210",
            string.Empty);

        Assert.DoesNotContain(result.Ikm, s => s.Ikm == 80.50m && s.Year == 2023);
    }

    // P5: the regulation's year in the caption is not the survey's.
    [Fact]
    public void P5_a_regulations_year_in_the_caption_is_not_the_surveys_year()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Hasil Survei Kepuasan Masyarakat berdasarkan Permenpan RB Nomor 14 Tahun 2017",
            "Nilai IKM\tMutu Pelayanan\tKinerja Unit Pelayanan\tJumlah Responden",
            "84,12\tB\tBaik\t210",
            string.Empty);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal(2023, survey.Year);
    }

    // P6: "sebanyak 1.245 kasus diantaranya ..." — the total before "diantaranya" is the count itself.
    [Fact]
    public void P6_a_total_followed_by_the_parts_among_it_is_still_the_total()
    {
        var result = Report.Extract(
            "Tabel 3.2 Pengukuran Kinerja Tahun 2023",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase Penegakan Perda dan Perkada yang Ditindaklanjuti\t%\t88\t90,28\t102,59",
            "2\tJumlah Pelanggaran Perda dan Perkada\tKasus\t1.280\t1.245\t102,73",
            string.Empty,
            "Jumlah Pelanggaran Perda dan Perkada tahun 2023 sebanyak 1.245 kasus diantaranya pelanggaran PKL dan reklame.");

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 1245m } && v.Indicator.StartsWith("Jumlah", StringComparison.Ordinal));
    }

    // P7: a target whose year sits between "target" and the figure, before "atau capaian".
    [Fact]
    public void P7_a_target_of_the_year_before_atau_capaian_is_the_target()
    {
        var result = Report.Extract([.. Table,
            "Persentase Perangkat Daerah yang Tertib Arsip pada tahun 2023 sebesar 65% dari target tahun 2023 sebesar 70%, atau capaian 92,86%."]);

        Assert.DoesNotContain(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 70m });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Target, Value: 70m });
    }

    // P8: "tercatat" after the word target is the target.
    [Fact]
    public void P8_a_target_recorded_is_a_target()
    {
        var result = Report.Extract([.. Table,
            "Target Indeks Kepuasan Masyarakat tahun 2023 tercatat sebesar 82,00."]);

        Assert.DoesNotContain(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 82m });
    }

    // P9: the share a standard demands, after "sesuai standar SPM yaitu".
    [Fact]
    public void P9_the_standard_named_after_sesuai_standar_is_no_figure()
    {
        var result = Report.Extract([.. Table,
            "Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%, belum sesuai standar SPM yaitu 100%."]);

        Assert.Contains(Prose(result), v => v is { Value: 65m, Year: 2023 });
        Assert.DoesNotContain(Prose(result), v => v.Value == 100m);
    }

    // P10: a sentence opening on efficiency may go on to an indicator's own realization.
    [Fact]
    public void P10_an_indicators_realization_in_a_sentence_opening_on_efficiency_is_read()
    {
        var result = Report.Extract([.. Table,
            "Efisiensi anggaran program pelayanan sebesar 5,20%, sedangkan Indeks Kepuasan Masyarakat tahun 2023 mencapai 83,10."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 83.10m } && v.Indicator.StartsWith("Indeks", StringComparison.Ordinal));
    }

    // P11: capaian against the end target after a rise from an earlier year, in one sentence.
    [Fact]
    public void P11_the_end_target_capaian_after_a_rise_from_last_year_is_the_reports_year()
    {
        var result = Report.Extract([.. Table,
            "Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10 meningkat dibandingkan tahun 2022 sebesar 80,50 dan telah mencapai 94,43% dari target akhir Renstra."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaianRenstra, Value: 94.43m, Year: 2023 });
    }
}
