using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A program's pagu and realisasi stated in a sentence belong to that program, on one line, not to the whole budget.</summary>
public class ProseProgramBudgetTests
{
    [Theory]
    [InlineData("Program Pengelolaan Arsip dengan pagu anggaran sebesar Rp 1.250.000.000 terealisasi Rp 1.180.500.000 atau 94,44%.")]
    [InlineData("Untuk mencapai sasaran tersebut didukung Program Pengelolaan Arsip dengan anggaran Rp 1.250.000.000 dan realisasi Rp 1.180.500.000 (94,44%).")]
    [InlineData("Program Pengelolaan Arsip yang dianggarkan sebesar Rp 1.250.000.000, dengan realisasi sebesar Rp 1.180.500.000 atau 94,44%.")]
    [InlineData("Anggaran yang dialokasikan untuk Program Pengelolaan Arsip sebesar Rp 1.250.000.000 dengan realisasi sebesar Rp 1.180.500.000 (94,44%).")]
    public void A_programs_amounts_are_one_program_line(string sentence)
    {
        var result = Report.Extract(
            "Realisasi anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 4.512.300.000 dari pagu Rp 4.800.000.000 atau 94,01%.",
            string.Empty,
            sentence);

        var program = Assert.Single(result.Budget, b => b.Source.Line == Report.Line(3));
        Assert.Equal(("Program Pengelolaan Arsip", BudgetLevel.Program), (program.Name, program.Level));
        Assert.Equal((1_250_000_000m, 1_180_500_000m, 94.44m), (program.Pagu!.Value, program.Realisasi!.Value, program.ReportedPercent!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
