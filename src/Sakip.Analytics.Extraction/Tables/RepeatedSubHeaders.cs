namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Puts a sub-header repeated under each year ("Target | Realisasi | %" three times under 2021, 2022,
/// 2023) back under its years. PDF conversion drops the empty cells a merged header leaves, so the
/// sub-header may start in the first column or one cell early, and the years may be printed side by
/// side instead of one per group; the columns follow from the years and the repeated block. Years
/// printed one cell off under the group that spans them ("Target Renstra" over 2021..2026) move under it.
/// </summary>
internal static class RepeatedSubHeaders
{
    public static void Realign(List<string[]> rows, int width)
    {
        for (var r = 1; r < rows.Count; r++)
        {
            if (RepeatedBlock(rows[r]) is not { } block)
            {
                YearsUnderTheirGroup(rows, r);
                continue;
            }

            var years = YearCells(rows[r - 1]);
            if (years.Count != block.Repeats)
            {
                continue;
            }

            var spacing = years.Zip(years.Skip(1), (a, b) => b - a).Distinct().ToList();
            if (spacing is [1] && block.Size > 1)
            {
                rows[r - 1] = Spread(rows[r - 1], years, block.Size, width);
            }
            else if (spacing is not [var step] || step != block.Size)
            {
                continue;
            }

            var start = years[0];
            if (start == block.Start || start + block.Labels.Count > width)
            {
                continue;
            }

            var realigned = new string[width];
            Array.Fill(realigned, string.Empty);
            for (var i = 0; i < block.Labels.Count; i++)
            {
                realigned[start + i] = block.Labels[i];
            }

            rows[r] = realigned;
        }
    }

    // "Target Renstra" printed over six empty cells and "2021 ... 2026" one cell off below it: the years are the
    // columns the group spans, so they start where the group does.
    private static void YearsUnderTheirGroup(List<string[]> rows, int r)
    {
        var row = rows[r];
        var filled = Enumerable.Range(0, row.Length).Where(i => row[i].Length > 0).ToList();
        if (filled.Count < 2 || filled[^1] - filled[0] + 1 != filled.Count || !filled.TrueForAll(i => RowShapes.YearOf(row[i]) is not null))
        {
            return;
        }

        var above = rows[r - 1];
        var groups = Enumerable.Range(0, above.Length)
            .Where(g => above[g].Length > 0 && RowShapes.YearOf(above[g]) is null && Math.Abs(g - filled[0]) == 1
                && g + filled.Count <= above.Length && Enumerable.Range(g + 1, filled.Count - 1).All(i => above[i].Length == 0)
                && (g + filled.Count == above.Length || above[g + filled.Count].Length > 0))
            .ToList();
        if (groups is not [var start])
        {
            return;
        }

        var realigned = new string[row.Length];
        Array.Fill(realigned, string.Empty);
        for (var i = 0; i < filled.Count; i++)
        {
            realigned[start + i] = row[filled[i]];
        }

        rows[r] = realigned;
    }

    private sealed record Block(int Start, List<string> Labels, int Size, int Repeats);

    // The row's words, all in one run of cells, are one block of two or more labels printed two or more times.
    private static Block? RepeatedBlock(string[] row)
    {
        var filled = Enumerable.Range(0, row.Length).Where(i => row[i].Length > 0).ToList();
        if (filled.Count < 4 || filled[^1] - filled[0] + 1 != filled.Count)
        {
            return null;
        }

        var labels = filled.Select(i => row[i]).ToList();
        for (var size = 2; size * 2 <= labels.Count; size++)
        {
            if (labels.Count % size == 0 && Enumerable.Range(size, labels.Count - size).All(i => SameLabel(labels[i], labels[i - size])))
            {
                return new Block(filled[0], labels, size, labels.Count / size);
            }
        }

        return null;
    }

    private static bool SameLabel(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static List<int> YearCells(string[] row) =>
        Enumerable.Range(0, row.Length).Where(i => RowShapes.YearOf(row[i]) is not null).ToList();

    // "2021 | 2022 | 2023" printed side by side over three groups of three: each year opens its group,
    // and whatever follows the years ("Keterangan") moves right with them.
    private static string[] Spread(string[] row, List<int> years, int size, int width)
    {
        var spread = new string[width];
        Array.Fill(spread, string.Empty);
        for (var i = 0; i < row.Length; i++)
        {
            var shift = i < years[0] ? 0 : (size - 1) * Math.Min(i - years[0], years.Count);
            if (i + shift < width)
            {
                spread[i + shift] = row[i];
            }
        }

        return spread;
    }
}
