using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>How far a sentence may stand from the table or the sentence it speaks of, a run of blank lines counted once.</summary>
public class ProseDistanceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_sentence_some_paragraphs_under_a_table_of_one_indicator_speaks_of_it_however_many_blank_lines_part_them(int blanks)
    {
        string[] gap = [.. Enumerable.Repeat(string.Empty, blanks)];
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "Capaian Sasaran 2 Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase rekomendasi hasil koordinasi yang ditindaklanjuti\t100\t72\t72",
            .. gap, "Sumber Data: data olahan kecamatan",
            .. gap, "Pelaksanaan koordinasi dilakukan bersama perangkat kelurahan setiap bulan.",
            .. gap, "Faktor pendukung antara lain komitmen aparatur dalam menindaklanjuti hasil rapat.",
            .. gap, "Faktor penghambat antara lain keterbatasan sumber daya manusia di kelurahan.",
            .. gap, "Langkah ke depan adalah memperkuat pemantauan tindak lanjut secara berkala.",
            .. gap, "Pemantauan dilakukan melalui rapat koordinasi bulanan di kantor kecamatan.",
            .. gap, "Capaian indikator tersebut tahun 2023 sebesar 72%, sehingga sasaran dinilai berhasil.",
        ]);

        var capaian = Assert.Single(result.Indicators, v => v.Source.IsProse);
        Assert.Equal(("Persentase rekomendasi hasil koordinasi yang ditindaklanjuti", IndicatorValueKind.ReportedCapaian, 72m), (capaian.Indicator, capaian.Kind, capaian.Value!.Value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_paragraph_after_the_one_naming_an_indicator_speaks_of_it_however_many_blank_lines_part_them(int blanks)
    {
        string[] gap = [.. Enumerable.Repeat(string.Empty, blanks)];
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat\t80\t85\t106,25",
            "2\tPersentase layanan PATEN tepat waktu\t95\t97\t102,11",
            .. gap, "Pelayanan PATEN dinilai oleh masyarakat melalui survei setiap semester.",
            .. gap, "Indikator Persentase layanan PATEN tepat waktu diukur dari berkas yang selesai sesuai standar.",
            .. gap, "Realisasi tahun 2023 sebesar 97% dari target 95%.",
        ]);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 97m), (IndicatorValueKind.Target, 95m)],
            result.Indicators.Where(v => v.Source.IsProse && v.Indicator == "Persentase layanan PATEN tepat waktu").Select(v => (v.Kind, v.Value!.Value)));
    }

    private static readonly string[] MeasuredTable =
    [
        "Tabel 3.1",
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
        "1\tPersentase tingkat waktu tanggap (response time rate) di WMK\t85\t88,24\t103,81",
        "2\tRasio pos pemadam kebakaran per WMK\t0,50\t0,45\t90,00",
        string.Empty,
        "Indikator Kinerja 1: Persentase tingkat waktu tanggap (response time rate) di WMK",
        string.Empty,
        "Target tahun 2023 adalah 85% dan terealisasi 88,24%, sehingga capaian kinerjanya 103,81%.",
        string.Empty,
    ];

    [Fact]
    public void Each_paragraph_that_gives_the_carried_indicators_figures_carries_it_to_the_next()
    {
        var result = Report.Extract(
        [
            .. MeasuredTable,
            "Jika dibandingkan dengan realisasi tahun 2022 sebesar 86% dan tahun 2021 sebesar 85%, realisasi tahun 2023 meningkat.",
            string.Empty,
            "Dibandingkan dengan target akhir Renstra tahun 2026 sebesar 95%, capaian s.d. tahun 2023 baru mencapai 92,88%.",
        ]);

        Assert.Equal(
            [(2022, IndicatorValueKind.Realization, 86m), (2021, IndicatorValueKind.Realization, 85m), (2026, IndicatorValueKind.RenstraTarget, 95m),
             (2023, IndicatorValueKind.ReportedCapaianRenstra, 92.88m)],
            result.Indicators.Where(v => v.Source.IsProse && v.Source.Line > Report.Line(MeasuredTable.Length))
                .Select(v => (v.Year, v.Kind, v.Value!.Value)));
        Assert.All(result.Indicators.Where(v => v.Source.IsProse), v => Assert.Equal("Persentase tingkat waktu tanggap (response time rate) di WMK", v.Indicator));
    }

    [Fact]
    public void Paragraphs_without_the_carried_indicators_figures_end_the_carry()
    {
        var result = Report.Extract(
        [
            .. MeasuredTable,
            "Faktor pendukung antara lain tersedianya armada yang memadai.",
            string.Empty,
            "Faktor penghambat antara lain kemacetan lalu lintas pada jam sibuk.",
            string.Empty,
            "Realisasi penyerapan tahun 2023 sebesar 86%.",
        ]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse && v.Source.Line == Report.Line(MeasuredTable.Length + 5));
    }
}
