using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget tables with columns beside pagu and realisasi: quarters, leftovers, differences.</summary>
public class BudgetColumnVariantTests
{
    [Fact]
    public void The_total_realisasi_after_quarterly_columns_is_the_years_realisasi()
    {
        var result = Report.Extract(
            "Tabel 3.15",
            "Realisasi Anggaran per Triwulan Tahun 2023",
            "No\tProgram\tPagu (Rp)\tTW I\tTW II\tTW III\tTW IV\tTotal Realisasi\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.100.000.000\t400.000.000\t500.000.000\t550.000.000\t550.000.000\t2.000.000.000\t95,24",
            "2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t750.000.000\t100.000.000\t200.000.000\t200.000.000\t200.000.000\t700.000.000\t93,33");

        Assert.Equal(
            [(2_100_000_000m, 2_000_000_000m, 95.24m), (750_000_000m, 700_000_000m, 93.33m)],
            result.Budget.Select(b => (b.Pagu!.Value, b.Realisasi!.Value, b.ReportedPercent!.Value)));
    }
}
