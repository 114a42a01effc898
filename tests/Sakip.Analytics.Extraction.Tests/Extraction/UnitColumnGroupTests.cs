using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class UnitColumnGroupTests
{
    [Fact]
    public void Units_compared_side_by_side_as_column_groups_each_keep_their_figures()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Perbandingan Kinerja Kec. Teluk Indah dan Kec. Bajeng Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tKecamatan Teluk Indah\t\t\tKecamatan Bajeng\t\t",
            "\t\t\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)",
            "1\tIndeks Kepuasan Masyarakat (IKM)\tIndeks\t84,00\t85,41\t101,68\t83,50\t84,06\t100,67");

        var own = result.Indicators.Where(v => v.Unit == "Kecamatan Teluk Indah").ToList();
        var other = result.Indicators.Where(v => v.Unit == "Kecamatan Bajeng").ToList();
        Assert.Equal([84.00m, 85.41m, 101.68m], own.Select(v => v.Value!.Value));
        Assert.Equal([83.50m, 84.06m, 100.67m], other.Select(v => v.Value!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind is FindingKind.CapaianMiscomputed or FindingKind.TableVsTable);
    }
}
