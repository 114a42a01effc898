using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class BudgetTableReader
{
    /// <summary>
    /// "5.01.02.2.01 Penyusunan Perencanaan dan Pendanaan" in one cell: the kode rekening printed before
    /// the name, with no column of its own. Its segments are zero-padded ("01", "0001"), which tells it
    /// from an enumerator such as "1.1.2".
    /// </summary>
    private static (string? Code, string Name) LeadingCode(string raw)
    {
        var match = CodeBeforeName().Match(Markup.Strip(raw).Trim());
        if (!match.Success || !match.Groups["code"].Value.Split('.', '-').Any(s => s.Length >= 2 && s.StartsWith('0')))
        {
            return (null, raw);
        }

        return (match.Groups["code"].Value, match.Groups["name"].Value);
    }

    [GeneratedRegex(@"^(?<code>\d{1,2}(?:[.\-]\d{1,4}){2,})\.?\s+(?<name>\D.*)$")]
    private static partial Regex CodeBeforeName();

    // In the code column itself any code counts: "5.1 BELANJA OPERASI", "5 Belanja Daerah".
    [GeneratedRegex(@"^(?<code>\d{1,2}(?:[.\-]\d{1,4})*)\.?\s+(?<name>[A-Za-z].*)$")]
    private static partial Regex CodeThenName();
}
