using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A program's or belanja group's pagu and realisasi stated in a sentence are that part's one line, not the whole budget's.</summary>
public class ProseProgramBudgetTests
{
    [Theory]
    [InlineData("Program Pengelolaan Arsip dengan pagu anggaran sebesar Rp 1.250.000.000 terealisasi Rp 1.180.500.000 atau 94,44%.")]
    [InlineData("Untuk mencapai sasaran tersebut didukung Program Pengelolaan Arsip dengan anggaran Rp 1.250.000.000 dan realisasi Rp 1.180.500.000 (94,44%).")]
    [InlineData("Program Pengelolaan Arsip yang dianggarkan sebesar Rp 1.250.000.000, dengan realisasi sebesar Rp 1.180.500.000 atau 94,44%.")]
    [InlineData("Anggaran yang dialokasikan untuk Program Pengelolaan Arsip sebesar Rp 1.250.000.000 dengan realisasi sebesar Rp 1.180.500.000 (94,44%).")]
    [InlineData("Realisasi Program Pengelolaan Arsip tahun 2023 sebesar Rp 1.180.500.000 dari pagu Rp 1.250.000.000 atau 94,44%.")]
    [InlineData("Pagu anggaran Program Pengelolaan Arsip sebesar Rp 1.250.000.000 dengan realisasi Rp 1.180.500.000 atau 94,44%.")]
    [InlineData("Realisasi Program Pengelolaan Arsip sebesar Rp 1.180.500.000 atau 94,44% dari pagu anggaran sebesar Rp 1.250.000.000.")]
    [InlineData("Program Pengelolaan Arsip dialokasikan anggaran sebesar Rp 1.250.000.000 dengan realisasi sebesar Rp 1.180.500.000 (94,44%).")]
    [InlineData("Untuk Program Pengelolaan Arsip di alokasikan anggaran Rp 1.250.000.000 dan terealisasi Rp 1.180.500.000 atau 94,44%.")]
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

    [Theory]
    [InlineData("Anggaran Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran sebesar Rp 1.500.000.000 terealisasi Rp 1.305.000.000 atau 87%.")]
    [InlineData("Realisasi Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran sebesar Rp 1.305.000.000 atau 87% dari pagu Rp 1.500.000.000.")]
    [InlineData("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran dengan anggaran Rp 1.500.000.000 terealisasi Rp 1.305.000.000 (87%).")]
    [InlineData("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran terealisasi sebesar Rp 1.305.000.000 atau 87% dari pagu Rp 1.500.000.000.")]
    public void A_program_whose_name_lists_with_commas_is_named_whole(string sentence)
    {
        var result = Report.ExtractOfDinas(sentence);

        var program = Assert.Single(result.Budget);
        Assert.Equal(("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran", BudgetLevel.Program), (program.Name, program.Level));
        Assert.Equal((1_500_000_000m, 1_305_000_000m, 87m), (program.Pagu!.Value, program.Realisasi!.Value, program.ReportedPercent!.Value));
    }

    [Theory]
    [InlineData("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran terealisasi Rp 1.305.000.000 atau 87%.")]
    [InlineData("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran terserap Rp 1.305.000.000 (87%).")]
    public void A_program_that_opens_the_sentence_and_goes_straight_on_to_its_realisasi_is_that_programs(string sentence)
    {
        var result = Report.ExtractOfDinas(sentence);

        var program = Assert.Single(result.Budget);
        Assert.Equal(("Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran", BudgetLevel.Program), (program.Name, program.Level));
        Assert.Equal((1_305_000_000m, 87m), (program.Realisasi!.Value, program.ReportedPercent!.Value));
    }

    [Theory]
    [InlineData("Kegiatan Pemberdayaan Masyarakat dalam Pencegahan Kebakaran terealisasi Rp 145.500.000 atau 97,00%.", BudgetLevel.Kegiatan)]
    [InlineData("Realisasi kegiatan Pemberdayaan Masyarakat dalam Pencegahan Kebakaran sebesar Rp 145.500.000 atau 97,00%.", BudgetLevel.Kegiatan)]
    [InlineData("Sub kegiatan Pemberdayaan Masyarakat dalam Pencegahan Kebakaran terserap sebesar Rp 145.500.000 (97,00%).", BudgetLevel.SubKegiatan)]
    public void A_kegiatan_named_right_before_its_realisasi_is_that_kegiatans(string sentence, BudgetLevel level)
    {
        var result = Report.ExtractOfDinas(sentence);

        var kegiatan = Assert.Single(result.Budget);
        Assert.Equal(("Pemberdayaan Masyarakat dalam Pencegahan Kebakaran", level), (kegiatan.Name, kegiatan.Level));
        Assert.Equal((145_500_000m, 97m), (kegiatan.Realisasi!.Value, kegiatan.ReportedPercent!.Value));
    }

    [Fact]
    public void A_belanja_groups_realisasi_right_after_its_pagu_is_on_the_same_line()
    {
        var result = Report.Extract(
            "Anggaran Belanja Operasi sebesar Rp 4.200.000.000 terealisasi Rp 3.950.000.000 atau 94,05%, sedangkan Belanja Modal sebesar Rp 600.000.000 terealisasi Rp 562.300.000 atau 93,72%.");

        Assert.Equal(2, result.Budget.Count);
        var operasi = Assert.Single(result.Budget, b => b.Name == "Belanja Operasi");
        Assert.Equal((4_200_000_000m, 3_950_000_000m, 94.05m), (operasi.Pagu!.Value, operasi.Realisasi!.Value, operasi.ReportedPercent!.Value));
        var modal = Assert.Single(result.Budget, b => b.Name == "Belanja Modal");
        Assert.Equal((600_000_000m, 562_300_000m, 93.72m), (modal.Pagu!.Value, modal.Realisasi!.Value, modal.ReportedPercent!.Value));
    }

    [Theory]
    [InlineData("Belanja Pegawai terealisasi sebesar Rp 2.400.000.000 atau 96% dari pagu sebesar Rp 2.500.000.000, dan Belanja Barang dan Jasa terealisasi Rp 1.400.000.000 atau 93,33% dari pagu Rp 1.500.000.000.")]
    [InlineData("Realisasi Belanja Pegawai sebesar Rp 2.400.000.000 (96%) dari anggaran Rp 2.500.000.000, sedangkan realisasi Belanja Barang dan Jasa Rp 1.400.000.000 (93,33%) dari anggaran Rp 1.500.000.000.")]
    public void A_pagu_named_after_the_percentage_of_the_realisasi_is_on_the_same_line(string sentence)
    {
        var result = Report.Extract(sentence);

        Assert.Equal(
            [("Belanja Pegawai", 2_500_000_000m, 2_400_000_000m), ("Belanja Barang dan Jasa", 1_500_000_000m, 1_400_000_000m)],
            result.Budget.Select(b => (b.Name, b.Pagu, b.Realisasi)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void Clauses_opening_with_a_programs_name_give_each_program_its_own_line()
    {
        var result = Report.Extract(
            "Realisasi anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 3.100.000.000 dari pagu Rp 3.300.000.000 atau 93,94%.",
            string.Empty,
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota sebesar Rp 2.100.000.000 terealisasi Rp 2.000.000.000 (95,24%), Program Penyelenggaraan Pemerintahan dan Pelayanan Publik sebesar Rp 1.200.000.000 terealisasi Rp 1.100.000.000 (91,67%).");

        var programs = result.Budget.Where(b => b.Source.Line == Report.Line(3)).ToList();
        Assert.Equal(
            [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_100_000_000m, 2_000_000_000m), ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 1_200_000_000m, 1_100_000_000m)],
            programs.Select(b => (b.Name, b.Pagu!.Value, b.Realisasi!.Value)));
        Assert.All(programs, b => Assert.Equal(BudgetLevel.Program, b.Level));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
