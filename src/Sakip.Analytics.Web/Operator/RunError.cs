using System.Text.RegularExpressions;

namespace Sakip.Analytics.Web.Operator;

/// <summary>A validation error of a run, split into the file, row and column the importer named.</summary>
public sealed partial record RunError(string File, int? Row, string? Column, string Reason)
{
    public static IReadOnlyList<RunError> Parse(string? errors) =>
        string.IsNullOrEmpty(errors)
            ? []
            : [.. errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseLine)];

    /// <summary>The reverse of ImportError.ToString: "file, baris N, kolom C: reason".</summary>
    public static RunError ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = Line().Match(line);
        return match.Success
            ? new RunError(
                match.Groups["file"].Value,
                match.Groups["row"].Success ? int.Parse(match.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                match.Groups["column"].Success ? match.Groups["column"].Value : null,
                match.Groups["reason"].Value)
            : new RunError("", null, null, line);
    }

    [GeneratedRegex(@"^(?<file>[^,:]+?)(?:, baris (?<row>\d+))?(?:, kolom (?<column>[^:]+))?: (?<reason>.*)$")]
    private static partial Regex Line();
}
