using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tables;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// Reads budget tables (realisation per kode rekening, program summaries, belanja groups, PK budget
/// lists, headerless "Program ... Rp. 35.429.500" lists): each line with its amounts, its level and
/// its parent, so that every JUMLAH/TOTAL can be recomputed.
/// </summary>
internal static partial class BudgetTableReader
{
    private static readonly ColumnRole[] NameRoles =
        [ColumnRole.Name, ColumnRole.Program, ColumnRole.Kegiatan, ColumnRole.SubKegiatan, ColumnRole.ProgramOrKegiatan];

    public static bool CanRead(TextTable table) =>
        (table.Has(ColumnRole.Pagu) || table.Has(ColumnRole.BudgetRealisasi) || LooksLikeAmountList(table)) && !IsRevenue(table);

    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        if (IsSplitByPeriod(table))
        {
            ColumnTotalsReader.Read(table, context);
        }

        if (YearViews(table) is { } views)
        {
            foreach (var (year, view) in views)
            {
                Read(view, pageLines, null, null, context, year);
            }
        }
        else if (StagePlans(table) is { } plans)
        {
            foreach (var (stage, pagu) in plans)
            {
                Read(table, pageLines, pagu, stage, context);
            }
        }
        else
        {
            Read(table, pageLines, null, null, context);
        }
    }

    /// <param name="paguColumn">The pagu of one stage when the table prints several, else null: the preferred pagu column.</param>
    /// <param name="year">The year of the amounts read when the table prints several years side by side, else null: the report year.</param>
    private static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, TableColumn? paguColumn, BudgetStage? planStage, ReadingContext context, int? year = null)
    {
        var rows = table.DataRows.Select(r => ReadRow(table, r, paguColumn)).Where(r => r is not null && !IsCarryOver(r) && !IsPeriod(r.Name)).Select(r => r!).ToList();
        DropRevenueRows(table, rows);
        if (rows.Count == 0)
        {
            return;
        }

        JoinWrappedNames(rows);
        NameFromPrecedingList(table, rows, pageLines);
        var nameRole = table.Columns.FirstOrDefault(c => NameRoles.Contains(c.Role))?.Role;
        BudgetHierarchy.Build(rows, nameRole);
        WholeBudgetPerYear(rows);
        var notes = rows.Select(r => r.Note ?? string.Empty).Concat(TrailingNotes(table, pageLines));
        var stage = planStage ?? TableContext.Stage(table, notes);
        var individual = TableContext.IsIndividual(table);
        var confidence = TableContext.Confidence(table) - (table.Has(ColumnRole.Pagu) ? 0 : 0.1);
        var scope = TableScope(table);
        foreach (var row in rows.Where(r => r.HasAmounts))
        {
            if (row.Level == BudgetLevel.Total && scope is not null)
            {
                row.Name = $"{row.Name} {scope}";
            }

            context.Budget.Add(new ExtractedBudgetLine(
                context.Profile.Unit,
                row.Year ?? year ?? context.Year,
                row.Level,
                stage,
                row.Code,
                row.Name.Length > 0 ? row.Name : "(tanpa nama)",
                row.Pagu,
                row.Realisasi,
                row.Percent,
                context.Source(table.Caption, row.ValueLine, row.Name.Length > 0 ? confidence : confidence - 0.2))
            {
                RealisasiPegawai = row.Pegawai,
                RealisasiBarangJasa = row.BarangJasa,
                RealisasiModal = row.Modal,
                Sisa = row.Sisa,
                ParentLine = row.Parent?.HasAmounts == true ? row.Parent.ValueLine : null,
                GroupKey = (planStage, year) switch
                {
                    (null, null) => $"{table.FirstLine}",
                    (null, { } y) => $"{table.FirstLine}:{y}",
                    _ => $"{table.FirstLine}:{planStage}",
                } + (row.RepeatsHeading ? ":jumlah" : string.Empty),
                IsIndividual = individual,
            });
        }
    }

    /// <summary>"Belanja Langsung" when the sentence introducing the table says its rows are belanja langsung.</summary>
    private static string? TableScope(TextTable table) =>
        table.LeadIn is { } lead && BelanjaScope().Match(lead) is { Success: true } match ? Identity.ProfileDetector.TitleCase(match.Value) : null;

    private static BudgetRow? ReadRow(TextTable table, ReportLine row, TableColumn? paguColumn)
    {
        string Cell(ColumnRole role) => Preferred(table.ColumnsWith(role)).Select(c => table.Cell(row, c.Index)).FirstOrDefault(c => c.Length > 0) ?? string.Empty;
        decimal? Amount(ColumnRole role) => CellValue.TryParse(Cell(role), table.Convention, out var value) ? value.Number : null;

        // A word in the code column ("JUMLAH" printed across the row) is the row's name, not its code.
        var codeCell = Markup.Strip(Cell(ColumnRole.Code));
        var code = codeCell.Any(char.IsDigit) ? codeCell : null;
        var nameCells = table.Columns.Where(c => NameRoles.Contains(c.Role)).Select(c => table.Cell(row, c.Index)).Where(c => c.Length > 0).ToList();

        // "Kode Rekening / Uraian": "5.1.02 Belanja Barang dan Jasa" in the code column, the code and its name in one cell.
        if (code is not null && CodeThenName().Match(code) is { Success: true } both)
        {
            code = both.Groups["code"].Value;
            nameCells = nameCells.Count == 0 ? [both.Groups["name"].Value] : nameCells;
        }

        var enumerator = Names.EnumeratorOf(Cell(ColumnRole.RowNumber)) ?? Names.EnumeratorOf(row.Cells.FirstOrDefault());
        if (nameCells.Count == 0)
        {
            nameCells = [.. FreeText(table, row)];
        }

        var raw = string.Join(' ', nameCells);
        if (code is null && LeadingCode(raw) is ({ } leadingCode, var rest))
        {
            code = leadingCode;
            raw = rest;
        }

        enumerator ??= LeadingEnumerator(raw);
        var name = Names.Clean(raw);
        if (table.Continuations.TryGetValue(row.Number, out var more))
        {
            name = WrappedText.Join(name, more);
        }

        var budgetRow = new BudgetRow
        {
            Line = row.Number,
            ValueLine = row.Number,
            Enumerator = enumerator,
            Code = code,
            Name = name,
            RawName = raw,
            Note = Cell(ColumnRole.Category).NullIfEmpty(),
            ColumnLevel = LevelOfNameColumn(table, row),
        };
        if (table.Has(ColumnRole.Pagu) || table.Has(ColumnRole.BudgetRealisasi))
        {
            budgetRow.Pagu = paguColumn is null ? Amount(ColumnRole.Pagu) : table.TryValue(row, paguColumn.Index, out var pagu) ? pagu.Number : null;
            budgetRow.Realisasi = Amount(ColumnRole.BudgetRealisasi);
            budgetRow.Percent = Amount(ColumnRole.BudgetPercent);
            budgetRow.Pegawai = Amount(ColumnRole.RealisasiPegawai);
            budgetRow.BarangJasa = Amount(ColumnRole.RealisasiBarangJasa);
            budgetRow.Modal = Amount(ColumnRole.RealisasiModal);
            budgetRow.Sisa = Amount(ColumnRole.Sisa);
        }
        else
        {
            AmountsByPosition(table.Convention, row, budgetRow);
        }

        return budgetRow.HasAmounts || name.Length > 0 ? budgetRow : null;
    }

    /// <summary>With "Anggaran Murni" and "Anggaran Perubahan" side by side, the revised one is the pagu realisasi is spent against.</summary>
    private static IEnumerable<TableColumn> Preferred(IEnumerable<TableColumn> columns) =>
        columns.OrderBy(c => Revised().IsMatch(NameKey.Of(c.Label)) ? 0 : 1);

    private static IEnumerable<string> FreeText(TextTable table, ReportLine row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var role = i < table.Columns.Count ? table.Columns[i].Role : ColumnRole.Unknown;
            var cell = Markup.Strip(row.Cells[i]);
            if (role is ColumnRole.Category || role is ColumnRole.Code && cell.Any(char.IsDigit) || cell.Length < 2 || RowShapes.IsDataNumber(cell)
                || cell.TrimEnd('.').Equals("Rp", StringComparison.OrdinalIgnoreCase) || Names.EnumeratorOf(cell) is not null
                || cell.Length <= 4 && cell.All(char.IsLetter) && (i > 0 || cell.All(char.IsUpper)) && !FundSources.Contains(cell))
            {
                continue;
            }

            yield return cell;
            yield break;
        }
    }

    // "DAU", "DAK", "BLUD": a source of funds printed by its acronym is a name, not a satuan or a grade.
    private static readonly HashSet<string> FundSources = new(["DAU", "DAK", "DID", "DBH", "PAD", "BOK", "BOS", "BLUD", "APBD", "APBN", "DAIS", "DD", "ADD"], StringComparer.Ordinal);

    private static string? LeadingEnumerator(string raw)
    {
        var first = Markup.Strip(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is null ? null : Names.EnumeratorOf(first);
    }

    // Headerless lists ("1 | Program ... | Rp. | 35.429.500"): amounts are the figures left to right.
    private static void AmountsByPosition(NumberConvention convention, ReportLine row, BudgetRow target)
    {
        var amounts = new List<CellValue>();
        for (var i = 1; i < row.Cells.Count; i++)
        {
            if (CellValue.TryParse(row.Cells[i], convention, out var value) && value.HasNumber && !RowShapes.IsYearLabel(row.Cells[i]))
            {
                amounts.Add(value);
            }
        }

        var money = amounts.Where(a => !a.IsPercent).ToList();

        // "Program X | 100 | Rp. 2.000.000.000": a target or count before the first amount of money is no pagu.
        while (money.Count > 1 && money[0].Number is > 0 and < 1000 && money.Skip(1).Any(m => m.Number >= 1000))
        {
            money.RemoveAt(0);
        }

        target.Pagu = money.ElementAtOrDefault(0)?.Number;
        target.Realisasi = money.ElementAtOrDefault(1)?.Number;
        target.Percent = amounts.FirstOrDefault(a => a.IsPercent)?.Number ?? (money.Count >= 3 && money[2].Number < 1000 ? money[2].Number : null);
    }

    // A list of names with amounts of money and no pagu or realisasi header. Amounts under a header naming
    // something else ("Kecamatan | Jumlah Kejadian | Kerugian (Rp) | Korban Jiwa") are no budget.
    private static bool LooksLikeAmountList(TextTable table)
    {
        // A line of words alone carries on a wrapped name (or heads a group): it says nothing against a list of amounts.
        var rows = table.DataRows.Where(r => r.Cells.Count(c => c.Length > 0) > 1).ToList();
        var moneyColumns = rows.SelectMany(r => Enumerable.Range(1, Math.Max(r.Cells.Count - 1, 0)).Where(i => IsMoneyAt(r, i))).ToHashSet();
        var withMoney = rows.Count(r => moneyColumns.Any(i => i < r.Cells.Count && IsAmount(r.Cells[i]))
            && r.Cells.Any(c => Markup.Strip(c).Length > 3 && !RowShapes.IsDataNumber(c)));
        return withMoney >= 2 && withMoney * 2 >= rows.Count && !MoneyUnderOtherHeader(table);
    }

    private static bool MoneyUnderOtherHeader(TextTable table) =>
        table.Columns.Any(column => column.Labels.Any(l => l.Length > 0)
            && table.DataRows.Any(r => IsMoney(table.Cell(r, column.Index)))
            && !AmountHeader().IsMatch(NameKey.Of(column.Label)));

    // Header words an amount of the budget may stand under in a list: "Jumlah (Rp)", "Nilai", "Dana", "Belanja".
    [GeneratedRegex(@"^(rp|rupiah|jumlah|nilai|biaya|dana|belanja|total)\b")]
    private static partial Regex AmountHeader();

    /// <summary>
    /// An amount of money, or a bare amount right after a currency sign in a cell of its own ("Rp. | 35429500"): such a cell
    /// makes its column one of amounts, in rows printing no sign too.
    /// </summary>
    private static bool IsMoneyAt(ReportLine row, int index) =>
        IsMoney(row.Cells[index]) || RowShapes.IsCurrencySign(row.Cells[index - 1]) && IsAmount(row.Cells[index]);

    private static bool IsAmount(string cell) => CellValue.TryParse(cell, out var value) && value.Number is >= 1000 && !value.IsPercent;

    internal static bool IsMoney(string cell) =>
        CellValue.TryParse(cell, out var value) && value.Number is >= 1000 && !value.IsPercent
        && (Markup.Strip(cell).StartsWith("Rp", StringComparison.OrdinalIgnoreCase) || ThousandsMark().Count(Markup.Strip(cell)) >= 2);

    /// <summary>A dot, comma or space between digits ("1.205.866.000", "1 205 866 000,00").</summary>
    [GeneratedRegex(@"(?<=\d)[.,\s](?=\d)")]
    private static partial Regex ThousandsMark();
}
