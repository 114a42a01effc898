using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// A table found in a report: its caption as printed ("Tabel 3.2", "TABEL III.4", a heading, or
/// "tabel tanpa nomor"), the caption's title and nearby heading words (to tell a PK Perubahan
/// from a Renstra matrix), its header rows, its columns and its data rows.
/// </summary>
internal sealed class TextTable
{
    public required string Caption { get; init; }

    /// <summary>Caption, title and heading text: what the table is about.</summary>
    public required string Context { get; init; }

    public int? CaptionLine { get; init; }

    /// <summary>The sentence that introduces the table ("... belanja langsung per program ... terdiri dari:"), when there is one.</summary>
    public string? LeadIn { get; init; }

    public required IReadOnlyList<ReportLine> HeaderRows { get; init; }

    public required IReadOnlyList<ReportLine> DataRows { get; init; }

    public required IReadOnlyList<TableColumn> Columns { get; set; }

    /// <summary>Short lines that a page break pushed out of the table, e.g. a name's last words.</summary>
    public IReadOnlyDictionary<int, string> Continuations { get; init; } = new Dictionary<int, string>();

    /// <summary>The notes printed right under the table ("Keterangan: *) target Perubahan PK", "Sumber: ..."), a line each.</summary>
    public string Notes { get; init; } = string.Empty;

    public int FirstLine => HeaderRows.Count > 0 ? HeaderRows[0].Number : DataRows[0].Number;

    public int LastLine => DataRows.Count > 0 ? DataRows[^1].Number : HeaderRows[^1].Number;

    /// <summary>How the table writes its numbers, decided from its unambiguous figures.</summary>
    public NumberConvention Convention { get; set; }

    /// <summary>The figure in a cell, read with the table's number convention.</summary>
    public bool TryValue(ReportLine row, int column, out CellValue value) => CellValue.TryParse(Cell(row, column), Convention, out value);

    public string Cell(ReportLine row, int column) =>
        column >= 0 && column < row.Cells.Count ? row.Cells[column] : string.Empty;

    public IEnumerable<TableColumn> ColumnsWith(ColumnRole role) => Columns.Where(c => c.Role == role);

    public bool Has(ColumnRole role) => Columns.Any(c => c.Role == role);
}
