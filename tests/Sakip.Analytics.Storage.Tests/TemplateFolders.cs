using CsvHelper;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>Copies of demo batches edited cell by cell, to make malformed or newer batches.</summary>
public static class TemplateFolders
{
    public static string CopyOfDemo(string name)
    {
        var target = Directory.CreateTempSubdirectory("sakip-batch-").FullName;
        foreach (var file in Directory.EnumerateFiles(StoreHost.DemoBatch(name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    public static void KeepOnly(string folder, params string[] files)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !files.Contains(Path.GetFileName(f))))
        {
            File.Delete(file);
        }
    }

    /// <summary>The 1-based template row (header = 1) of the first data row matching the predicate.</summary>
    public static int FindRow(string folder, string file, Func<IReadOnlyDictionary<string, string>, bool> predicate)
    {
        var (header, rows) = Read(Path.Combine(folder, file));
        for (var i = 0; i < rows.Count; i++)
        {
            var record = header.Select((h, c) => (h, rows[i][c])).ToDictionary(p => p.h, p => p.Item2);
            if (predicate(record))
            {
                return i + 2;
            }
        }

        throw new InvalidOperationException($"No row of {file} matches.");
    }

    public static void ReplaceCell(string folder, string file, int dataRow, string column, string newValue)
    {
        var path = Path.Combine(folder, file);
        var (header, rows) = Read(path);
        rows[dataRow - 2][Array.IndexOf(header, column)] = newValue;
        var lines = new[] { header }.Concat(rows).Select(cells => string.Join(',', cells.Select(Quote)));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private static (string[] Header, List<string[]> Rows) Read(string path)
    {
        using var reader = CsvReader.FromText(File.ReadAllText(path), new CsvReaderOptions { Separator = ',', HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty).ToArray());
        }

        return (records[0], records.Skip(1).ToList());
    }
}
