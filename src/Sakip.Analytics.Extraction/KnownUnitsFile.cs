using CsvHelper;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction;

/// <summary>
/// Reads the tenant's known units from a template units.csv (columns name, kind, aliases separated
/// by "|"; README "Template"), so the extractor resolves the report's spellings to them.
/// </summary>
public static class KnownUnitsFile
{
    public static IReadOnlyList<KnownUnit> Read(string path)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = false, SkipEmptyLines = true, TrimWhitespace = true };
        using var reader = CsvReader.FromText(File.ReadAllText(path), options);
        var header = new List<string>();
        var units = new List<KnownUnit>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            if (header.Count == 0)
            {
                header = [.. cells.Select(c => c.ToLowerInvariant())];
                continue;
            }

            string Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < cells.Count ? cells[i] : string.Empty;
            var name = Cell("name");
            if (name.Length == 0)
            {
                continue;
            }

            var kind = Slugs.TryParseSlug<UnitKind>(Cell("kind"), out var parsed) ? parsed : UnitKind.Other;
            var aliases = Cell("aliases").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            units.Add(new KnownUnit(name, kind, aliases));
        }

        return units;
    }
}
