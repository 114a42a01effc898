using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "Program Penunjang Urusan ... sebesar Rp A terealisasi Rp B (95,24%), Program Penyelenggaraan ... sebesar Rp C ...": a
/// clause opening with the program's name and going straight on to its amount gives that program's line.
/// </summary>
internal static partial class ProseBudgetReader
{
    [GeneratedRegex(@"(?:^\W*|[,;]\s*(?:(?i:dan|serta|sedangkan|kemudian)\s+)?|\b(?i:dan|serta|sedangkan)\s+)(?<name>[Pp]rogram\s+[A-Z][^,;:()%]*?)(?:\s+(?i:tahun|TA\.?)\s+\d{4})?\s+(?i:sebesar|senilai)\s*:?\s*$")]
    private static partial Regex ProgramOpensClause();
}
