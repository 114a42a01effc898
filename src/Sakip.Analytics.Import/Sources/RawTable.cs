namespace Sakip.Analytics.Import.Sources;

/// <summary>
/// One cell as read: trimmed text (null when empty) and, for a workbook cell typed as a number, that
/// number (a percentage cell's as displayed: 94.71, not 0.9471), used as is instead of parsing the text.
/// The text of a typed number is its invariant rendering, as the spreadsheet shows it in a text column
/// such as a kode rekening.
/// </summary>
internal readonly record struct RawCell(string? Text, decimal? TypedNumber = null, bool IsTypedPercent = false)
{
    public bool IsEmpty => Text is null;

    public static RawCell FromText(string? text)
    {
        var trimmed = text?.Trim();
        return new RawCell(string.IsNullOrEmpty(trimmed) ? null : trimmed);
    }
}

/// <summary>A non-blank row and its number as a spreadsheet shows it (the header is row 1).</summary>
internal sealed record RawRecord(int Row, IReadOnlyList<RawCell> Cells)
{
    public RawCell this[int index] => index < Cells.Count ? Cells[index] : default;
}

/// <summary>The rows of one template file or sheet, header included; <see cref="Label"/> names it in errors.</summary>
internal sealed record RawTable(TemplateFile File, string Label, IReadOnlyList<RawRecord> Records);
