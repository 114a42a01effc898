namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// A JUMLAH row's figure in one column of a table that holds no indicator, budget, AKIP or IKM figures (the kecamatan's
/// villages and their areas, fires per month), with the figures of the rows above it it adds up.
/// </summary>
public sealed record ExtractedColumnTotal(string Column, decimal Printed, string Text, SourceRef Source, IReadOnlyList<ColumnPart> Parts)
{
    /// <summary>A "Jumlah" column's figure on one row, adding up that row's figures to its left; <see cref="Column"/> then names the row.</summary>
    public bool AcrossRow { get; init; }

    /// <summary>What the column counts ("kejadian kebakaran"), from its header or the caption, when they name it; else null.</summary>
    public string? Thing { get; init; }

    /// <summary>The year of the table's figures: its caption's, else the report's.</summary>
    public int Year { get; init; }
}

/// <summary>One row's figure in the column a JUMLAH row adds up ("- Ha" counts as nothing).</summary>
/// <remarks><paramref name="Label"/>: the column a figure of a row's total stands in.</remarks>
public sealed record ColumnPart(int Line, decimal Value, string? Label = null);
