using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// Rows whose figures (and number) stand on the middle line of a name wrapped over several lines, as a converter prints a
/// table whose cells are centred: the name's first words on a line of their own above them.
/// </summary>
public class CentredNameTests
{
    [Fact]
    public void A_survey_element_broken_off_at_a_comma_above_its_figures_keeps_its_whole_name()
    {
        string[] nrr = ["3,40", "3,35", "3,30", "3,60", "3,38", "3,32", "3,45", "3,20", "3,28"];
        string[] weighted = ["0,377", "0,372", "0,366", "0,400", "0,375", "0,369", "0,383", "0,355", "0,364"];
        var elements = SurveyElements.Rows(nrr, weighted)
            .SelectMany(row => row.Contains("Penanganan Pengaduan, ", StringComparison.Ordinal)
                ? new[] { "\tPenanganan Pengaduan,\t\t", row.Replace("Penanganan Pengaduan, ", string.Empty, StringComparison.Ordinal) }
                : new[] { row });
        var result = Report.Extract(
        [
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Tahun 2023",
            "No\tUnsur Pelayanan\tNRR\tNRR Tertimbang",
            .. elements,
            "\tJumlah NRR Tertimbang\t\t3,361",
            "\tIKM (Jumlah NRR Tertimbang x 25)\t\t84,03",
        ]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal(9, survey.Elements.Count);
        Assert.Equal("Penanganan Pengaduan, Saran dan Masukan", survey.Elements[7].Name);
    }

    [Fact]
    public void A_budget_name_broken_off_at_a_joining_word_or_going_on_in_lower_case_below_keeps_its_whole_name_and_the_amounts_line()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran Tahun 2023",
            "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "\tProgram Pemberdayaan Masyarakat Desa dan\t\t\t",
            "1\tKelurahan\t500.000.000\t450.000.000\t90,00",
            "\tProgram Penunjang Urusan Pemerintahan\t\t\t",
            "2\tdaerah Kabupaten/Kota\t2.000.000.000\t1.900.000.000\t95,00",
            "\tJUMLAH\t2.500.000.000\t2.350.000.000\t94,00");

        Assert.Equal(
            [("Program Pemberdayaan Masyarakat Desa dan Kelurahan", Report.Line(5)), ("Program Penunjang Urusan Pemerintahan daerah Kabupaten/Kota", Report.Line(7)), ("JUMLAH", Report.Line(8))],
            result.Budget.Select(b => (b.Name, b.Source.Line)));
    }
    [Fact]
    public void An_akip_component_named_over_two_lines_with_its_figures_on_the_second_is_read_as_that_component()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Nilai Komponen Evaluasi AKIP Tahun 2022-2023",
            "No\tKomponen\tBobot\tNilai 2022\tNilai 2023",
            "1\tPerencanaan Kinerja\t30\t21,30\t22,14",
            "2\tPengukuran Kinerja\t30\t19,05\t19,62",
            "3\tPelaporan Kinerja\t15\t10,12\t10,45",
            "\tEvaluasi Akuntabilitas\t\t\t",
            "4\tKinerja Internal\t25\t19,40\t18,47",
            "\tNilai Akuntabilitas Kinerja\t100\t69,87\t70,68");

        var akip = result.Akip.Single(a => a.Year == 2023);
        Assert.Equal(18.47m, akip.Components[Domain.Rules.AkipComponent.EvaluasiInternal]);
        Assert.Equal(Report.Line(8), akip.ComponentLines[Domain.Rules.AkipComponent.EvaluasiInternal]);
    }
}
