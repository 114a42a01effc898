using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// Finds the statements prose makes about the tables: targets reached by all indicators or every
/// year, trends, budget absorption above a threshold, budget shares and counts of listed items.
/// Each becomes a <see cref="ProseClaim"/> for the audit; nothing here decides whether it is true.
/// </summary>
internal static class ClaimReader
{
    private const int ContextLines = 16;

    // An indicator named in a sentence is what the next sentences speak of, for a short paragraph at most.
    private const int CarriedLines = 3;

    public static List<ProseClaim> Read(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, IReadOnlyList<ProseIndicatorReader.TableNearby> tables,
        IndicatorLexicon lexicon, ReadingContext context)
    {
        var claims = new List<ProseClaim>();
        string? carried = null;
        var carriedLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsRow || line.IsBlank || tableLines.Contains(line.Number))
            {
                continue;
            }

            if (line.Number - carriedLine > CarriedLines)
            {
                carried = null;
            }

            var text = Sentences.WithPercentSigns(Markup.Strip(line.Text));
            var source = context.Source(SourceRef.Prose, line.Number, 0.6);
            if (CountClaims.Read(text, source, lines, i) is { } count)
            {
                claims.Add(count);
            }

            var table = tables.Where(t => t.LastLine < line.Number && line.Number - t.LastLine <= ContextLines && t.SoleIndicator is not null)
                .OrderByDescending(t => t.LastLine).FirstOrDefault();
            foreach (var (sentence, _) in Sentences.Split(text))
            {
                var mentioned = lexicon.Mentions(sentence) is { Count: > 0 } mentions ? mentions[0].Template.Indicator : null;
                if (mentioned is not null)
                {
                    (carried, carriedLine) = (mentioned, line.Number);
                }

                var indicator = mentioned ?? carried ?? table?.SoleIndicator?.Indicator;
                claims.AddRange(AttainmentClaims.Read(sentence, source));
                claims.AddRange(IndicatorHistoryClaims.Read(sentence, source, indicator));
                claims.AddRange(BudgetClaims.Read(sentence, source));
                claims.AddRange(AverageClaims.Read(sentence, source));
                claims.AddRange(TotalClaims.Read(sentence, source));
                claims.AddRange(RatioClaims.Read(sentence, source));
                if (!lexicon.Mentions(sentence).Exists(m => SubjectWords.NamesIkm(m.Template.Indicator)))
                {
                    // An IKM the report also measures as an indicator is held to its other copies with the indicators.
                    claims.AddRange(IkmClaims.Read(sentence, source, before => NamesOtherUnit(before, sentence, context)));
                }
            }
        }

        return claims;
    }

    /// <summary>"IKM Kota X", "IKM Kecamatan Y" in a report of another unit: a figure that is not the report's unit's.</summary>
    private static bool NamesOtherUnit(string window, string sentence, ReadingContext context) =>
        ProseIndicatorReader.UnitMentions(window, context, sentence, pemdaOwnMeasure: true).Exists(unit => unit != context.Profile.Unit);
}
