using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

/// <summary>Templates/valid/ holds one of every file; the expected values are the ones printed in those files.</summary>
public sealed class ValidTemplateTests
{
    private static readonly TemplateBatch Batch = TemplateReader.Read(Templates.PathOf("valid")).AssertSucceeded();

    [Fact]
    public void Valid_folder_reads_every_file_with_its_row_counts()
    {
        Assert.Equal(3, Batch.Tenants.Count);
        Assert.Equal(3, Batch.Units.Count);
        Assert.Equal(4, Batch.CapaianScales.Count);
        Assert.Equal(7, Batch.RowCount(Dataset.Indicators));
        Assert.Equal(2, Batch.RowCount(Dataset.Budget));
        Assert.Equal(3, Batch.RowCount(Dataset.Akip));
        Assert.Equal(2, Batch.RowCount(Dataset.Ikm));
        Assert.Equal(2, Batch.Notes.Count);
        Assert.Equal(Path.GetFullPath(Templates.PathOf("valid")), Batch.SourcePath);
    }

    [Fact]
    public void Indicator_values_keep_the_printed_text_next_to_number_and_grade()
    {
        var values = Batch.Indicators.Select(f => (f.Text, f.Value, f.Grade)).ToList();

        Assert.Equal(
            [
                ("80,00", 80.00m, null), ("80,50", 80.50m, null), ("100,63%", 100.63m, null),
                ("B (80%)", 80m, "B"), ("B", null, "B"), ("5,00", 5.00m, null), ("4,5", 4.5m, null),
            ],
            values);
    }

    [Fact]
    public void Facts_carry_their_provenance_and_the_row_they_came_from()
    {
        var first = Batch.Indicators[0];
        Assert.Equal(new Provenance("LKjIP Kecamatan Sei Balai 2023.pdf", "Tabel 3.1 Perjanjian Kinerja Tahun 2023", 412), first.Source);
        Assert.Equal(new TemplateRow("indicators.csv", 2), first.Origin);

        // Row 5 of the file is blank: the rows after it keep their line numbers.
        var afterBlankLine = Batch.Indicators[3];
        Assert.Equal(new TemplateRow("indicators.csv", 6), afterBlankLine.Origin);

        Assert.Equal("Tabel 3.2 Capaian Kinerja, Tahun 2023", Batch.Indicators[1].Source.Table);
        Assert.Equal(new Provenance("LKjIP Kecamatan Sei Balai 2023.pdf", "text", null), Batch.Indicators[4].Source);
        Assert.Equal(new TemplateRow("ikm.csv", 3), Batch.Ikm[1].Origin);
    }

    [Fact]
    public void Indicator_columns_read_their_enum_slugs()
    {
        var jember = Batch.Indicators[5];

        Assert.Equal(("kabupaten-jember", "kecamatan-sumbersari", 2022), (jember.Tenant, jember.Unit, jember.Year));
        Assert.Equal((IndicatorLevel.Sasaran, Polarity.LowerIsBetter, IndicatorValueKind.Target), (jember.Level, jember.Polarity, jember.Kind));
        Assert.Null(jember.Goal);
        Assert.Equal("%", jember.Satuan);
        Assert.Equal(IndicatorValueKind.ReportedCapaian, Batch.Indicators[2].Kind);
    }

    [Fact]
    public void Tenants_and_units_read_kinds_methods_and_aliases()
    {
        Assert.Equal(
            [
                (TenantKind.Kabupaten, LowerIsBetterMethod.TargetOverRealization),
                (TenantKind.Kabupaten, LowerIsBetterMethod.TwoTargetMinusRealization),
                (TenantKind.Kota, LowerIsBetterMethod.TargetOverRealization),
            ],
            Batch.Tenants.Select(t => (t.Kind, t.LowerIsBetterMethod)));
        Assert.Equal("Sumatera Utara", Batch.Tenants[0].Province);

        var sumbersari = Batch.Units[1];
        Assert.Equal(("kabupaten-jember", "kecamatan-sumbersari", UnitKind.Kecamatan), (sumbersari.Tenant, sumbersari.Slug, sumbersari.Kind));
        Assert.Equal(["Sumpalsari", "Summersari", "Sumpersari"], sumbersari.Aliases);
        Assert.Empty(Batch.Units[0].Aliases);
        Assert.Equal(UnitKind.SekretariatDaerah, Batch.Units[2].Kind);
    }

    [Fact]
    public void Capaian_scale_bands_may_have_an_open_bound()
    {
        Assert.Equal(
            [("Sangat Baik", 100.01m, null), ("Baik", 76m, 100m), ("Cukup", 55m, 75.99m), ("Kurang", null, 54.99m)],
            Batch.CapaianScales.Select(b => (b.Label, b.Min, b.Max)));
    }

    [Fact]
    public void Budget_lines_read_numbers_printed_in_either_convention()
    {
        var program = Batch.Budget[0];
        Assert.Equal((BudgetStage.Murni, BudgetLevel.Program, "7.01.7.01.0.001"), (program.Stage, program.Level, program.Code));
        Assert.Equal(1_396_524_280.00m, program.Pagu);
        Assert.Equal(1_234_567.89m, program.Realisasi);
        Assert.Equal(94.71m, program.ReportedPercent);
        Assert.Null(program.RealisasiPegawai);

        var total = Batch.Budget[1];
        Assert.Equal(BudgetLevel.Total, total.Level);
        Assert.Null(total.Code);
        Assert.Equal((2_500_000_000m, 2_300_000_000m), (total.Pagu, total.Realisasi));
        Assert.Equal((1_500_000_000m, 700_000_000m, 100_000_000m), (total.RealisasiPegawai, total.RealisasiBarangJasa, total.RealisasiModal));
    }

    [Fact]
    public void Akip_evaluations_read_components_total_and_predikat()
    {
        var target = Batch.Akip[0];
        Assert.Equal((AkipValueKind.Target, AkipRegulation.PermenPanRb88Of2021), (target.Kind, target.Regulation));
        Assert.Equal((75.00m, "BB"), (target.Total, target.Predikat));

        var realization = Batch.Akip[1];
        Assert.Equal((20.10m, 21.30m, 10.50m, 13.47m), (realization.Perencanaan, realization.Pengukuran, realization.Pelaporan, realization.EvaluasiInternal));
        Assert.Null(realization.Capaian);
        Assert.Equal((65.37m, "B", "Inspektorat Kabupaten Batu Bara"), (realization.Total, realization.Predikat, realization.Evaluator));

        var before2022 = Batch.Akip[2];
        Assert.Equal((AkipRegulation.PermenPanRb12Of2015, 12.00m), (before2022.Regulation, before2022.Capaian));
    }

    [Fact]
    public void Data_notes_keep_the_printed_figure_and_the_other_one_with_both_locations()
    {
        var penyerapan = Batch.Notes[0];
        Assert.Equal(("kabupaten-batu-bara", "kecamatan-sei-balai", 2023, Dataset.Budget), (penyerapan.Tenant, penyerapan.Unit, penyerapan.Year, penyerapan.Dataset));
        Assert.Equal(DataNoteKind.CapaianMiscomputed, penyerapan.Kind);
        Assert.Equal(new NotedFigure("dilaporkan", 94.71m, "94,71%", "Tabel 3.10 Realisasi Anggaran", 612), penyerapan.Reported);
        Assert.Equal(new NotedFigure("dihitung", 88.4m, "88,40%", "Tabel 3.10 Realisasi Anggaran", 612), penyerapan.Expected);
        Assert.EndsWith("dilaporkan 94,71%, dihitung 88,40%.", penyerapan.Description, StringComparison.Ordinal);
        Assert.Equal("LKjIP Kecamatan Sei Balai 2023.pdf", penyerapan.SourceDocument);
        Assert.Equal(new TemplateRow("notes.csv", 2), penyerapan.Origin);

        // A figure printed in prose has no table row to point at, and a grade has no number.
        var prose = Batch.Notes[1];
        Assert.Equal((DataNoteKind.TableVsText, "Nilai AKIP"), (prose.Kind, prose.Subject));
        Assert.Equal(new NotedFigure("text", null, "B", "text", null), prose.Reported);
        Assert.Equal(new NotedFigure("Tabel 3.1 Perjanjian Kinerja Tahun 2023", 80m, "B (80%)", "Tabel 3.1 Perjanjian Kinerja Tahun 2023", 415), prose.Expected);
    }

    [Fact]
    public void Ikm_surveys_read_element_nrr_and_counts()
    {
        var seiBalai = Batch.Ikm[0];
        Assert.Equal(150, seiBalai.Respondents);
        Assert.Equal(9, seiBalai.ElementNrr.Count);
        Assert.Equal(3.25m, seiBalai.ElementNrr[IkmElement.Persyaratan]);
        Assert.Equal(3.90m, seiBalai.ElementNrr[IkmElement.Biaya]);
        Assert.Equal(3.03m, seiBalai.ElementNrr[IkmElement.Pengaduan]);
        Assert.Equal((3.220156m, 80.50m, "B"), (seiBalai.NrrWeightedTotal, seiBalai.Ikm, seiBalai.Mutu));
        Assert.Equal("Januari-Desember 2023", seiBalai.SurveyPeriod);

        // "1.250" respondents: a dot before three digits is an Indonesian thousands separator.
        var dumai = Batch.Ikm[1];
        Assert.Equal(1250, dumai.Respondents);
        Assert.Empty(dumai.ElementNrr);
        Assert.Equal(82.1m, dumai.Ikm);
    }
}
