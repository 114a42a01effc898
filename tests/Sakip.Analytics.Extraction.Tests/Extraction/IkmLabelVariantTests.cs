using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Survey tables that name their figures other ways than the seeds: "Nilai Unsur", "Nilai Indeks", "Nilai SKM (konversi)".</summary>
public class IkmLabelVariantTests
{
    private static readonly string[] SurveyAcross =
    [
        "Tabel 3.7",
        "Hasil Survei Kepuasan Masyarakat Tahun 2024",
        string.Empty,
        "Uraian\tPersyaratan\tProsedur\tWaktu\tBiaya/Tarif\tProduk\tKompetensi\tPerilaku\tSarana\tPengaduan",
        "NRR\t3,22\t3,11\t3,05\t3,90\t3,30\t3,41\t3,52\t3,00\t3,18",
    ];

    [Fact]
    public void A_row_of_element_values_named_nilai_unsur_is_the_nrr_of_each_element()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Hasil Survei Kepuasan Masyarakat Tahun 2024",
            string.Empty,
            "Uraian\tPersyaratan\tProsedur\tWaktu\tBiaya/Tarif\tProduk\tKompetensi\tPerilaku\tSarana\tPengaduan",
            "Nilai Unsur Pelayanan\t3,22\t3,11\t3,05\t3,90\t3,30\t3,41\t3,52\t3,00\t3,18",
            "IKM\t82,47");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal([3.22m, 3.11m, 3.05m, 3.90m, 3.30m, 3.41m, 3.52m, 3.00m, 3.18m], ikm.Elements.Select(e => e.Nrr!.Value));
    }

    [Theory]
    [InlineData("Nilai SKM (konversi)")]
    [InlineData("Nilai IKM (konversi)")]
    [InlineData("Nilai Konversi IKM")]
    public void The_converted_survey_score_under_its_own_words_is_the_ikm(string label)
    {
        var result = Report.Extract([
            .. SurveyAcross,
            $"{label}\t82,47"]);

        Assert.Equal(82.47m, Assert.Single(result.Ikm).Ikm);
    }

    [Theory]
    [InlineData("3,30", "82,47")]
    [InlineData("82,47", "82,47")]
    public void A_bare_nilai_indeks_is_the_weighted_total_on_the_four_point_scale_and_the_ikm_on_the_hundred_point_one(string printed, string ikm)
    {
        var result = Report.Extract([
            .. SurveyAcross,
            $"Nilai Indeks\t{printed}",
            $"IKM\t{ikm}"]);

        var survey = Assert.Single(result.Ikm);
        Assert.Equal(82.47m, survey.Ikm);
        Assert.Equal(printed == ikm ? null : 3.30m, survey.NrrWeightedTotal);
    }

    [Fact]
    public void A_row_number_column_is_not_the_nrr_of_elements_listed_down()
    {
        var result = Report.Extract(
            "Tabel 3.7",
            "Hasil Survei Kepuasan Masyarakat Tahun 2024",
            string.Empty,
            "No\tUnsur Pelayanan\tHasil",
            "1\tPersyaratan\t3,22",
            "2\tSistem, Mekanisme dan Prosedur\t3,11",
            "3\tWaktu Penyelesaian\t3,05",
            "4\tBiaya/Tarif\t3,90",
            "5\tProduk Spesifikasi Jenis Pelayanan\t3,30",
            "6\tKompetensi Pelaksana\t3,41",
            "7\tPerilaku Pelaksana\t3,52",
            "8\tSarana dan Prasarana\t3,00",
            "9\tPenanganan Pengaduan, Saran dan Masukan\t3,18",
            "\tIKM\t82,47");

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal([3.22m, 3.11m, 3.05m, 3.90m, 3.30m, 3.41m, 3.52m, 3.00m, 3.18m], ikm.Elements.Select(e => e.Nrr!.Value));
    }

    [Fact]
    public void An_indicator_named_after_the_ikm_with_several_years_of_figures_is_no_survey_result()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Capaian Kinerja Sasaran 2 Tahun 2022-2024",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTahun 2022\t\t\tTahun 2024\t\t",
            "\t\t\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat (IKM) Layanan Informasi Publik\tIndeks\t81,00\t83,12\t102,62\t84,00\t85,03\t101,23",
            string.Empty,
            "Tabel 3.6",
            "Hasil Survei Kepuasan Masyarakat Layanan Informasi Publik Tahun 2024",
            string.Empty,
            "Uraian\tPersyaratan\tProsedur\tWaktu\tBiaya/Tarif\tProduk\tKompetensi\tPerilaku\tSarana\tPengaduan",
            "NRR\t3,42\t3,38\t3,21\t3,86\t3,35\t3,40\t3,52\t3,18\t3,29",
            "IKM Unit Pelayanan\t85,03");

        Assert.DoesNotContain(result.Ikm, i => i.Ikm == 81.00m);
        Assert.Contains(result.Ikm, i => i.Year == 2024 && i.Ikm == 85.03m);
    }

    [Fact]
    public void Elements_named_by_the_quality_asked_about_are_the_nine_elements()
    {
        string[] names =
        [
            "Kesesuaian persyaratan pelayanan", "Kemudahan prosedur pelayanan", "Kecepatan waktu pelayanan", "Kewajaran biaya/tarif", "Kesesuaian produk pelayanan",
            "Kompetensi/kemampuan petugas", "Perilaku petugas pelayanan", "Penanganan pengaduan pengguna layanan", "Kualitas sarana dan prasarana",
        ];
        string[] nrr = ["3,40", "3,30", "3,20", "4,00", "3,35", "3,25", "3,45", "3,10", "3,15"];
        var result = Report.Extract(
        [
            "Tabel 3.4",
            "Hasil SKM Tahun 2023",
            string.Empty,
            "No\tUnsur\tNRR",
            .. names.Select((name, i) => $"{i + 1}\t{name}\t{nrr[i]}"),
            "\tIKM\t83,89",
        ]);

        var ikm = Assert.Single(result.Ikm);
        Assert.Equal(Enum.GetValues<IkmElement>(), ikm.Elements.Select(e => e.Element!.Value).Order());
        Assert.Empty(result.Findings);
    }
}
