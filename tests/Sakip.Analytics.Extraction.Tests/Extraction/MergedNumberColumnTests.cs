using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Tables whose "No" column the converter printed into the next one, in the header and in every row.</summary>
public class MergedNumberColumnTests
{
    [Fact]
    public void Akip_years_printed_in_the_same_cell_as_their_number_are_read_under_their_header_as_are_those_printed_apart()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Hasil Evaluasi AKIP Tahun 2018-2022",
            "No Tahun Evaluasi\tNilai AKIP\tPredikat\tInterpretasi",
            "1 2018\t62,10\tB\tBaik",
            "2 2019\t64,75\tB\tBaik",
            "3 2020\t69,85\tBB\tSangat Baik",
            string.Empty,
            "4\t2021\t71,40\tBB\tSangat Baik");

        Assert.Equal([(2018, 62.10m, "B"), (2019, 64.75m, "B"), (2020, 69.85m, "BB"), (2021, 71.40m, "BB")], result.Akip.Select(a => (a.Year, a.Total!.Value, a.Predikat)));
    }

    [Theory]
    [InlineData("1 2\t3\t4\t5\t6")]
    [InlineData("(1) (2)\t(3)\t(4)\t(5)\t(6)")]
    public void The_column_numbers_under_the_header_are_no_row_though_the_first_two_run_together(string numbers)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Realisasi Anggaran Tahun 2023",
            "No Program/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tPenyerapan (%)",
            numbers,
            "1 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik\t35.429.500\t35.000.000\t429.500\t98,79",
            "JUMLAH\t35.429.500\t35.000.000\t429.500\t98,79");

        Assert.Equal([(Report.Line(5), 35_429_500m), (Report.Line(6), 35_429_500m)], result.Budget.Select(b => (b.Source.Line, b.Pagu!.Value)));
    }

    [Fact]
    public void The_first_band_of_a_scale_right_under_its_header_is_a_band_not_a_header_line()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Skala Nilai Peringkat Kinerja",
            "No Interval Nilai Capaian\tKategori",
            "1 ≥ 91%\tSangat Tinggi",
            "2 76% - 90%\tTinggi",
            "3 66% - 75%\tSedang",
            "4 51% - 65%\tRendah",
            "5 ≤ 50%\tSangat Rendah");

        Assert.Equal(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"], result.ScaleOf(Model.ScaleKind.Capaian).Select(b => b.Label));
    }

    [Fact]
    public void Survey_elements_whose_codes_share_a_cell_with_their_numbers_keep_their_scores()
    {
        var result = Report.Extract(
        [
            "Tabel 3.7",
            "Nilai Rata-rata per Unsur Pelayanan SKM Tahun 2022",
            "No Kode\tUnsur Pelayanan\tNRR per Unsur\tNRR Tertimbang",
            .. SurveyElements.Rows(["3,40", "3,35", "3,30", "3,60", "3,38", "3,32", "3,45", "3,20", "3,28"], ["0,377", "0,372", "0,366", "0,400", "0,375", "0,369", "0,383", "0,355", "0,364"])
                .Select((row, i) => $"{i + 1} {row}"),
            "Jumlah NRR Tertimbang\t\t\t3,361",
            "IKM (Jumlah NRR Tertimbang x 25)\t\t\t84,03",
        ]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal(84.03m, survey.Ikm);
        Assert.Equal(3.40m, survey.Elements[0].Nrr);
        Assert.Equal(9, survey.Elements.Count);
    }
}
