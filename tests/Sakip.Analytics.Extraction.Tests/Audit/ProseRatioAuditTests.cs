using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

/// <summary>A percentage the prose works out from two counts it gives.</summary>
public class ProseRatioAuditTests
{
    [Theory]
    [InlineData("Persentase korban yang berhasil dievakuasi diperoleh dari jumlah korban yang dievakuasi sebanyak 23 orang dibandingkan jumlah korban sebanyak 25 orang, sehingga diperoleh 96,00%.", 96.00, 92.00)]
    [InlineData("Realisasi diperoleh dari 42 kejadian yang tertangani dibagi 50 kejadian kebakaran dikali 100%, yaitu 86,00%.", 86.00, 84.00)]
    [InlineData("Pada tahun 2023 terjadi 68 kejadian kebakaran, 61 kejadian di antaranya dapat ditangani dalam waktu tanggap ≤ 15 menit atau sebesar 88,24 %.", 88.24, 89.71)]
    [InlineData("Dari 68 kejadian kebakaran, sebanyak 60 kejadian dapat ditangani dalam waktu tanggap maksimal 15 menit (89,71%).", 89.71, 88.24)]
    [InlineData("Sebanyak 60 dari 68 kejadian kebakaran dapat ditangani dalam waktu tanggap (89,71%).", 89.71, 88.24)]
    [InlineData("Korban yang berhasil dievakuasi sebanyak 23 orang dari 25 orang korban atau 96,00%.", 96.00, 92.00)]
    [InlineData("Persentase perangkat daerah yang terhubung jaringan intra pemerintah mencapai 93,02%, yaitu 41 dari 43 perangkat daerah.", 93.02, 95.35)]
    [InlineData("Pada tahun 2023 waktu tanggap terpenuhi pada 88,24% kejadian, atau 61 dari 68 kejadian kebakaran.", 88.24, 89.71)]
    public void A_percentage_worked_out_wrongly_from_two_counts_is_a_finding(string sentence, double printed, double computed)
    {
        var result = Report.ExtractOfDinas(sentence);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.CapaianMiscomputed, finding.Kind);
        Assert.Equal(((decimal)printed, (decimal)computed), (finding.Reported.Value, finding.Expected.Value));
    }

    [Theory]
    [InlineData("Realisasi diperoleh dari 42 kejadian yang tertangani dibagi 50 kejadian kebakaran dikali 100%, yaitu 84,00%.")]
    [InlineData("Sebanyak 42 kejadian ditangani oleh 5 pos pemadam, sehingga 86% kejadian ditangani dalam 15 menit.")]
    [InlineData("Jumlah personil 42 orang dibandingkan 50 kendaraan sebesar 90%.")]
    [InlineData("Dari 68 kejadian kebakaran, sebanyak 60 kejadian dapat ditangani dalam waktu tanggap ≤ 15 menit (88,24%).")]
    [InlineData("Dari 68 kejadian kebakaran, sebanyak 60 kejadian dapat ditangani sehingga capaian kinerja sebesar 103,81%.")]
    [InlineData("Dari 5 pos pemadam, sebanyak 3 kendaraan siaga atau 75,00%.")]
    [InlineData("Realisasi waktu tanggap 12 menit dari target 15 menit atau 125,00%.")]
    [InlineData("Dari 2022 ke 2023, sebanyak 60 kejadian tertangani atau 88,24%.")]
    [InlineData("Persentase perangkat daerah yang terhubung mencapai 93,02%, yaitu 40 dari 43 perangkat daerah (9 dari 12 kecamatan).")]
    [InlineData("Capaian kinerja sebesar 103,81%, yaitu 60 dari 68 kejadian tertangani dalam waktu tanggap.")]
    [InlineData("Persentase pegawai yang mengikuti diklat turun menjadi 4,00%, yaitu 40 dari 1000 pegawai.")]
    [InlineData("Jumlah OPD yang terhubung naik 5,00% dari tahun sebelumnya, yaitu 40 dari 43 OPD.")]
    [InlineData("Kota Contoh Raya berada di peringkat ke-3 dari 35 kabupaten/kota di Jawa Tengah dengan persentase penduduk miskin sebesar 9,8%.")]
    [InlineData("Terdapat 5 dari 10 kelurahan yang belum memiliki hidran, sementara cakupan layanan sebesar 85,00%.")]
    [InlineData("Dari 5 sasaran strategis, 4 sasaran telah tercapai dengan rata-rata sebesar 98,5%.")]
    public void A_percentage_worked_out_rightly_or_of_other_things_is_none(string sentence)
    {
        var result = Report.ExtractOfDinas(sentence);

        Assert.Empty(result.Findings);
    }
}
