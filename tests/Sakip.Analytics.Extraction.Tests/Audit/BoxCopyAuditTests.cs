using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Audit;

public class BoxCopyAuditTests
{
    [Fact]
    public void Rows_of_two_kegiatan_boxes_are_not_copies_of_one_another()
    {
        var result = Report.Extract(
            "Program dan kegiatan utama yang mendukung Sasaran 1 adalah sub kegiatan Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah.",
            string.Empty,
            "Uraian\t\tTarget\tRealisasi\t%",
            "Masukan/Input\t: Anggaran\tRp 1.184.360.000\tRp 1.152.870.400\t97,34",
            "Keluaran/Output\t: Jumlah perangkat daerah yang terhubung jaringan intra pemerintah\t40 PD\t40 PD\t100",
            string.Empty,
            "Sasaran ini juga didukung sub kegiatan Pengelolaan Nama Domain yang telah ditetapkan oleh Pemerintah Pusat.",
            string.Empty,
            "Uraian\t\tTarget\tRealisasi\t%",
            "Masukan/Input\t: Anggaran\tRp 93.750.000\tRp 90.125.000\t96,13",
            "Keluaran/Output\t: Jumlah permohonan sub domain yang dilayani\t250 Permohonan\t287 Permohonan\t114,80");

        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.TableVsTable or FindingKind.TableVsText);
    }
}
