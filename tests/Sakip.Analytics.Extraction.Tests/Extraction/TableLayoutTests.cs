using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Table layouts of the genre: column-number rows, baseline columns, units as rows, sasaran capaian beside indicators.</summary>
public class TableLayoutTests
{
    [Fact]
    public void A_column_number_row_that_prints_a_formula_is_part_of_the_header_not_a_budget_line()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            string.Empty,
            "Kode Rekening\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
            "1\t2\t3\t4\t5\t6 = (4/3)",
            "7.01.01.1.01\tPenyusunan Rencana Kerja\t25.000.000\t24.500.000\t500.000\t98,00",
            "7.01.01.1.02\tPengelolaan Arsip Kantor\t12.000.000\t11.400.000\t600.000\t95,00");

        Assert.Equal(["Penyusunan Rencana Kerja", "Pengelolaan Arsip Kantor"], result.Budget.Select(b => b.Name));
    }
}
