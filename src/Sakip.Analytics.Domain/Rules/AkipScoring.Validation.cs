using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Domain.Rules;

public static partial class AkipScoring
{
    /// <summary>
    /// Hard errors only: a component the regulation does not score, a component outside 0..weight,
    /// a total outside 0-100. A total that differs from the component sum, or a predikat that
    /// does not fit the total, is what the report printed: compare with <see cref="Total"/> and
    /// <see cref="Predikat"/> and show both rather than reject.
    /// </summary>
    public static IReadOnlyList<AkipProblem> Validate(
        AkipRegulation regulation,
        IReadOnlyDictionary<AkipComponent, decimal> componentScores,
        decimal? total)
    {
        ArgumentNullException.ThrowIfNull(componentScores);
        var problems = new List<AkipProblem>();
        foreach (var (component, score) in componentScores)
        {
            var field = component.ToSlug();
            if (Weight(regulation, component) is not { } weight)
            {
                problems.Add(new AkipProblem(field, $"{regulation.ToSlug()} has no {field} component"));
            }
            else if (score < 0 || score > weight)
            {
                problems.Add(new AkipProblem(field, $"{field} {score} is outside 0-{weight}, its weight under {regulation.ToSlug()}"));
            }
        }

        if (total is < 0 or > 100)
        {
            problems.Add(new AkipProblem("total", $"total {total} is outside 0-100"));
        }

        return problems;
    }

    /// <summary>Validates an imported evaluation with its own regulation.</summary>
    public static IReadOnlyList<AkipProblem> Validate(AkipEvaluationFact evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Validate(evaluation.Regulation, ComponentScores(evaluation), evaluation.Total);
    }

    /// <summary>The component scores an evaluation carries, leaving out the empty ones.</summary>
    public static IReadOnlyDictionary<AkipComponent, decimal> ComponentScores(AkipEvaluationFact evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var scores = new Dictionary<AkipComponent, decimal>();
        Add(AkipComponent.Perencanaan, evaluation.Perencanaan);
        Add(AkipComponent.Pengukuran, evaluation.Pengukuran);
        Add(AkipComponent.Pelaporan, evaluation.Pelaporan);
        Add(AkipComponent.EvaluasiInternal, evaluation.EvaluasiInternal);
        Add(AkipComponent.Capaian, evaluation.Capaian);
        return scores;

        void Add(AkipComponent component, decimal? score)
        {
            if (score is { } value)
            {
                scores[component] = value;
            }
        }
    }
}
