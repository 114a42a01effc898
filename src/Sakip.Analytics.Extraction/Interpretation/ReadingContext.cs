using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>What every reader needs: the report's profile, the unit resolver, and the lists facts go into.</summary>
internal sealed partial class ReadingContext(ReportProfile profile, ExtractionOptions options)
{
    private readonly UnitResolver? resolver = options.KnownUnits.Count > 0 ? new UnitResolver(options.KnownUnits) : null;

    public ReportProfile Profile { get; } = profile;

    public ExtractionOptions Options { get; } = options;

    public int Year => Profile.ReportYear;

    public List<ExtractedIndicatorValue> Indicators { get; } = [];

    public List<ExtractedBudgetLine> Budget { get; } = [];

    public List<ExtractedAkip> Akip { get; } = [];

    public List<ExtractedIkm> Ikm { get; } = [];

    public List<ExtractedAverageCapaian> AverageCapaian { get; } = [];

    public List<ExtractedColumnTotal> ColumnTotals { get; } = [];

    public List<ExtractedColumnShare> ColumnShares { get; } = [];

    public Dictionary<ScaleKind, List<ScaleBand>> Scales { get; } = [];

    /// <summary>How many facts of any kind the readers have put in so far.</summary>
    public int FactCount => Indicators.Count + Budget.Count + Akip.Count + Ikm.Count + AverageCapaian.Count + ColumnTotals.Count + ColumnShares.Count;

    public SourceRef Source(string table, int line, double confidence) => new(Profile.File, table, line, confidence);

    /// <summary>
    /// The canonical name of a unit printed in a table or sentence: the reporting unit for any of its
    /// spellings, a known unit, or the printed name title-cased with the kind word the column names.
    /// </summary>
    public string ResolveUnit(string? printed, string? kindWord = null)
    {
        if (string.IsNullOrWhiteSpace(printed))
        {
            return Profile.Unit;
        }

        var name = Markup.Strip(printed).Trim(' ', '.', ',');
        var kind = UnitNames.KindOf(name);

        // "Nama Kecamatan": the column names its units' kind after "Nama".
        kindWord = kindWord is not null && kindWord.StartsWith("Nama ", StringComparison.OrdinalIgnoreCase) ? kindWord[5..].Trim() : kindWord;
        if (kind == UnitKind.Other && kindWord is not null && UnitNames.KindOf(kindWord) is not UnitKind.Other)
        {
            name = $"{ProfileDetector.TitleCase(kindWord.Split(' ')[0])} {name}";
        }

        var core = NameKey.Of(UnitNames.Core(name));
        var own = NameKey.Of(UnitNames.Core(Profile.Unit));
        // "Nilai IKM Dinas tahun 2023": the unit's kind alone, in its own report, is the unit.
        if (NameKey.Of(name) is "dinas" or "badan" or "kecamatan" or "inspektorat" && kind == Profile.UnitKind)
        {
            return Profile.Unit;
        }

        if (own.Length > 0 && ProfileDetector.IsSameName(core, own) && UnitNames.KindOf(name) == Profile.UnitKind)
        {
            return Profile.Unit;
        }

        if (OwnKindAbbreviated(name) is { } abbreviated)
        {
            return abbreviated;
        }

        if (resolver?.Resolve(name) is { } known)
        {
            return known.Name;
        }

        return ProfileDetector.TitleCase(name);
    }

    public void AddScale(ScaleKind kind, ScaleBand band)
    {
        if (!Scales.TryGetValue(kind, out var bands))
        {
            Scales[kind] = bands = [];
        }

        bands.Add(band);
    }
}
