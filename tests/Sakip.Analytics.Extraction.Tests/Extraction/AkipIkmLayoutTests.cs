using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>AKIP and IKM tables laid out other ways than the seeds print them.</summary>
public class AkipIkmLayoutTests
{
    [Fact]
    public void An_akip_history_with_one_year_per_row_gives_one_evaluation_per_row_on_its_own_line()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Nilai AKIP Kecamatan Teluk Indah Tahun 2020-2023",
            string.Empty,
            "No\tTahun Evaluasi\tNilai AKIP\tPredikat\tDasar Evaluasi",
            "1\t2020\t55,40\tCC\tPermenPANRB 12/2015",
            "2\t2021\t62,10\tB\tPermenPANRB 12/2015",
            "3\t2022\t66,75\tB\tPermenPANRB 88/2021",
            "4\t2023\t71,02\tBB\tPermenPANRB 88/2021",
            string.Empty,
            "Sumber: LHE AKIP Inspektorat Kabupaten Contoh Raya");

        Assert.Equal([2020, 2021, 2022, 2023], result.Akip.Select(a => a.Year));
        Assert.Equal([55.40m, 62.10m, 66.75m, 71.02m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(["CC", "B", "B", "BB"], result.Akip.Select(a => a.Predikat));
        Assert.Equal([Report.Line(5), Report.Line(6), Report.Line(7), Report.Line(8)], result.Akip.Select(a => a.Source.Line));
        Assert.All(result.Akip, a => Assert.Equal("Tabel 3.9", a.Source.Table));
        Assert.All(result.Akip, a => Assert.Empty(a.Components));
        Assert.Equal(AkipRegulation.PermenPanRb12Of2015, result.Akip[1].Regulation);
        Assert.Equal(AkipRegulation.PermenPanRb88Of2021, result.Akip[2].Regulation);
        Assert.All(result.Akip, a => Assert.NotNull(a.Evaluator));
    }

    [Fact]
    public void An_akip_history_with_its_components_as_columns_reads_them_per_year()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Perkembangan Hasil Evaluasi Tahun 2022-2023",
            string.Empty,
            "Tahun\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tTotal\tKategori",
            "2022\t20,10\t18,00\t10,00\t17,90\t66,00\tB",
            "2023\t21,60\t19,50\t10,50\t19,40\t71,00\tBB");

        Assert.Equal([2022, 2023], result.Akip.Select(a => a.Year));
        Assert.Equal([66.00m, 71.00m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(19.50m, result.Akip[1].Components[AkipComponent.Pengukuran]);
        Assert.Equal(Report.Line(6), result.Akip[1].ComponentLines[AkipComponent.Pengukuran]);
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.SumMismatch or FindingKind.CategoryMismatch);
    }

    [Fact]
    public void A_year_per_row_column_whose_header_names_akip_is_the_score_whatever_the_caption()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Perkembangan Hasil Evaluasi Tahun 2022-2023",
            string.Empty,
            "No\tTahun\tHasil Evaluasi AKIP\tPredikat",
            "1\t2022\t66,00\tB",
            "2\t2023\t71,00\tBB");

        Assert.Equal([66.00m, 71.00m], result.Akip.Select(a => a.Total!.Value));
    }

    [Fact]
    public void Years_as_rows_in_a_table_not_about_akip_are_not_an_akip_history()
    {
        var result = Report.Extract(
            "Tabel 3.4",
            "Perkembangan Jumlah Penduduk Tahun 2021-2023",
            string.Empty,
            "No\tTahun\tNilai\tKeterangan",
            "1\t2021\t45,10\tNaik",
            "2\t2022\t47,80\tNaik",
            "3\t2023\t49,05\tNaik");

        Assert.Empty(result.Akip);
    }

    [Theory]
    [InlineData("PermenPANRB Nomor 12 Tahun 2015", false, 2023, AkipRegulation.PermenPanRb12Of2015)]
    [InlineData("Permen PAN RB 88/2021", false, 2021, AkipRegulation.PermenPanRb88Of2021)]
    [InlineData("", true, 2023, AkipRegulation.PermenPanRb12Of2015)]
    [InlineData("", false, 2021, AkipRegulation.PermenPanRb12Of2015)]
    [InlineData("", false, 2022, AkipRegulation.PermenPanRb88Of2021)]
    public void The_regulation_is_the_printed_basis_else_the_fifth_component_else_the_year(string printed, bool capaian, int year, AkipRegulation expected) =>
        Assert.Equal(expected, AkipRegulations.Of(printed, capaian, year));

    [Fact]
    public void A_component_table_totalled_as_nilai_akuntabilitas_kinerja_places_each_year_on_the_total_row()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Nilai Komponen Evaluasi AKIP Tahun 2022-2023",
            string.Empty,
            "No\tKomponen\tBobot\tNilai 2022\tNilai 2023\tPersentase terhadap Bobot 2023 (%)",
            "1\tPerencanaan Kinerja\t30\t20,10\t21,60\t72,00",
            "2\tPengukuran Kinerja\t30\t18,00\t19,50\t65,00",
            "3\tPelaporan Kinerja\t15\t10,00\t10,50\t70,00",
            "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,90\t19,40\t77,60",
            "\tNilai Akuntabilitas Kinerja\t100\t66,00\t71,00\t71,00",
            "\tPredikat\t\tB\tBB\t");

        Assert.Equal([2022, 2023], result.Akip.Select(a => a.Year));
        Assert.Equal([66.00m, 71.00m], result.Akip.Select(a => a.Total!.Value));
        Assert.Equal(["B", "BB"], result.Akip.Select(a => a.Predikat));
        Assert.All(result.Akip, a => Assert.Equal(Report.Line(9), a.Source.Line));
        Assert.All(result.Akip, a => Assert.Equal(4, a.Components.Count));
        Assert.Equal(21.60m, result.Akip[1].Components[AkipComponent.Perencanaan]);

        // A share of the weight is not a capaian against a target: neither a component percentage nor a reported capaian.
        Assert.All(result.Akip, a => Assert.Empty(a.ComponentReportedPercent));
        Assert.All(result.Akip, a => Assert.Null(a.TotalReportedPercent));
    }

    [Fact]
    public void An_ikm_row_that_prints_its_formula_is_the_ikm_and_the_survey_sits_on_its_line()
    {
        var result = Report.Extract(Survey("Hasil survei kepuasan masyarakat adalah sebagai berikut:"));

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal(78.89m, ikm.Ikm);
        Assert.Equal(Report.Line(17), ikm.Source.Line);
        Assert.Equal(3.155556m, ikm.NrrWeightedTotal);
        Assert.Equal(Report.Line(16), ikm.NrrWeightedTotalLine);
        Assert.Equal("B", ikm.Mutu);
        Assert.Equal(9, ikm.Elements.Count(e => e.Element is not null));
    }

    [Theory]
    [InlineData("Survei dilaksanakan sepanjang tahun dengan jumlah responden sebanyak 250 orang.")]
    [InlineData("Survei diisi oleh 250 orang responden.")]
    [InlineData("Jumlah responden: 250 orang.")]
    public void The_respondents_are_read_from_the_sentence_that_introduces_the_survey(string sentence)
    {
        var ikm = Assert.Single(Report.Extract(Survey(sentence)).Ikm);

        Assert.Equal(250, ikm.Respondents);
        Assert.Equal(Report.Line(1), ikm.RespondentsLine);
    }

    [Fact]
    public void The_ikm_row_whose_formula_wraps_onto_the_next_row_is_the_ikm_not_the_weighted_total()
    {
        var lines = Survey("Survei diisi oleh 250 orang responden.").ToList();
        var at = lines.IndexOf("\tIKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)\t\t78,89");
        lines[at] = "\tIKM Unit Pelayanan (Jumlah NRR Tertimbang\t\t78,89";
        lines.Insert(at + 1, "\tx 25)\t\t");

        var ikm = Assert.Single(Report.Extract([.. lines]).Ikm);

        Assert.Equal((78.89m, 3.155556m), (ikm.Ikm!.Value, ikm.NrrWeightedTotal!.Value));
    }

    private static string[] Survey(string sentence) =>
    [
        sentence,
        string.Empty,
        "Tabel 3.6",
        "Hasil Survei Kepuasan Masyarakat Tahun 2023",
        string.Empty,
        "No\tUnsur Pelayanan\tNRR per Unsur\tNRR Tertimbang",
        "U1\tPersyaratan\t3,20\t0,355556",
        "U2\tSistem, Mekanisme dan Prosedur\t3,30\t0,366667",
        "U3\tWaktu Penyelesaian\t3,10\t0,344444",
        "U4\tBiaya/Tarif\t3,90\t0,433333",
        "U5\tProduk Spesifikasi Jenis Pelayanan\t3,40\t0,377778",
        "U6\tKompetensi Pelaksana\t3,50\t0,388889",
        "U7\tPerilaku Pelaksana\t3,60\t0,400000",
        "U8\tSarana dan Prasarana\t3,00\t0,333333",
        "U9\tPenanganan Pengaduan, Saran dan Masukan\t3,20\t0,355556",
        "\tJumlah NRR Tertimbang\t\t3,155556",
        "\tIKM Unit Pelayanan (Jumlah NRR Tertimbang x 25)\t\t78,89",
        "\tMutu Pelayanan\t\tB",
        "\tKinerja Unit Pelayanan\t\tBaik",
    ];
}
