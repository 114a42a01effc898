using Sakip.Analytics.Extraction.Output;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>Applies to a gold file the change a perturbed report went through (lines moved, years shifted).</summary>
public static class GoldTransforms
{
    public static GoldFile ShiftLines(GoldFile gold, int by)
    {
        foreach (var value in gold.Indicators.SelectMany(i => i.Values))
        {
            value.Line += by;
        }

        gold.Budget.ForEach(b => b.Line += by);
        gold.Akip.ForEach(a => a.Line += by);
        gold.Ikm.ForEach(i => i.Line += by);
        gold.Inconsistencies.ForEach(i => i.Lines = [.. i.Lines.Select(l => l + by)]);
        return gold;
    }

    public static GoldFile ShiftYears(GoldFile gold, int by)
    {
        foreach (var value in gold.Indicators.SelectMany(i => i.Values))
        {
            value.Year += by;
        }

        gold.Budget.ForEach(b => b.Year += by);
        gold.Akip.ForEach(a => a.Year += by);
        gold.Ikm.ForEach(i => i.Year += by);
        return gold;
    }
}
