namespace Sakip.Analytics.Domain.Rules;

public static partial class IkmCalculator
{
    /// <summary>NRR of one element: the mean of the respondents' answers, each 1-4. Null when nobody answered.</summary>
    public static decimal? ElementNrr(IEnumerable<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers.ToList();
        if (list.Exists(a => a is < 1 or > 4))
        {
            throw new ArgumentOutOfRangeException(nameof(answers), "Every IKM answer is 1, 2, 3 or 4.");
        }

        return list.Count == 0 ? null : (decimal)list.Sum() / list.Count;
    }

    /// <summary>NRR of one element from how many respondents gave each answer 1-4. Null when nobody answered.</summary>
    public static decimal? ElementNrr(int ones, int twos, int threes, int fours)
    {
        if (ones < 0 || twos < 0 || threes < 0 || fours < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ones), "Answer counts cannot be negative.");
        }

        var respondents = ones + twos + threes + fours;
        return respondents == 0 ? null : (decimal)(ones + (2 * twos) + (3 * threes) + (4 * fours)) / respondents;
    }
}
