using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>The performance agreements of the unit's eselon III and IV officials, printed beside the unit's own.</summary>
public class IndividualAgreementTests
{
    [Theory]
    [InlineData("Perjanjian Kinerja Kepala Bidang Operasi Tahun 2023", IndicatorLevel.Individual)]
    [InlineData("Perjanjian Kinerja Kabid Pencegahan Tahun 2023", IndicatorLevel.Individual)]
    [InlineData("Perjanjian Kinerja Sekretaris Dinas Tahun 2023", IndicatorLevel.Individual)]
    [InlineData("Perjanjian Kinerja Kepala Seksi Pemadaman Tahun 2023", IndicatorLevel.Individual)]
    [InlineData("Perjanjian Kinerja Eselon III Tahun 2023", IndicatorLevel.Individual)]
    [InlineData("Perjanjian Kinerja Kepala Dinas Tahun 2023", IndicatorLevel.Sasaran)]
    [InlineData("Perjanjian Kinerja Tahun 2023", IndicatorLevel.Sasaran)]
    public void An_agreement_of_an_official_under_the_head_of_the_unit_is_individual(string caption, IndicatorLevel level)
    {
        var result = Report.Extract(
            "Tabel 2.3",
            caption,
            "No\tSasaran\tIndikator Kinerja\tTarget",
            "1\tMeningkatnya kecepatan penanganan kebakaran\tPersentase kejadian kebakaran yang ditangani sesuai SOP\t100%");

        Assert.Equal(level, Assert.Single(result.Indicators).Level);
    }
}
