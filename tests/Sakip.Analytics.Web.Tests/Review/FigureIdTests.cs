using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Web.Review;

namespace Sakip.Analytics.Web.Tests.Review;

public sealed class FigureIdTests
{
    [Theory]
    [InlineData("i12", Dataset.Indicators, 12, "value")]
    [InlineData("b5-pagu", Dataset.Budget, 5, "pagu")]
    [InlineData("a3-evaluasi_internal", Dataset.Akip, 3, "evaluasi_internal")]
    [InlineData("k0-ikm", Dataset.Ikm, 0, "ikm")]
    [InlineData("k1-unsur_8", Dataset.Ikm, 1, "unsur_8")]
    [InlineData("b7-barang_jasa", Dataset.Budget, 7, "barang_jasa")]
    public void A_figure_id_reads_back_to_the_same_text(string text, Dataset dataset, int index, string field)
    {
        Assert.True(FigureId.TryParse(text, out var id));
        Assert.Equal(new FigureId(dataset, index, field), id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("i1-pagu")]
    [InlineData("b1")]
    [InlineData("x1-pagu")]
    [InlineData("b1-../../etc")]
    [InlineData("b12345678-pagu")]
    public void Anything_else_is_not_a_figure_id(string text) => Assert.False(FigureId.TryParse(text, out _));
}
