using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>One row of a budget table while its hierarchy is worked out; a row without amounts is a heading.</summary>
internal sealed class BudgetRow
{
    public required int Line { get; init; }

    public string? Enumerator { get; init; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The name cell as printed, with its leading dash or enumerator (a "- Belanja Modal" is a belanja type).</summary>
    public string? RawName { get; set; }

    public decimal? Pagu { get; set; }

    public decimal? Realisasi { get; set; }

    public decimal? Percent { get; set; }

    public decimal? Pegawai { get; set; }

    public decimal? BarangJasa { get; set; }

    public decimal? Modal { get; set; }

    public decimal? Sisa { get; set; }

    public string? Note { get; init; }

    /// <summary>The year the row names instead of a program or belanja ("2022" in a table of a year per row); null for the table's year.</summary>
    public int? Year { get; set; }

    /// <summary>The level of the column the name is printed in, when program, kegiatan and sub kegiatan each have a column of their own.</summary>
    public BudgetLevel? ColumnLevel { get; init; }

    public BudgetLevel Level { get; set; } = BudgetLevel.Kegiatan;

    public BudgetRow? Parent { get; set; }

    /// <summary>The line printing the amounts: a heading's "TOTAL KEGIATAN ..." row when the two are apart.</summary>
    public int ValueLine { get; set; }

    public bool HasAmounts => Pagu is not null || Realisasi is not null;

    /// <summary>
    /// A "Jumlah Program X" row below a "Program X" heading that prints the amounts itself: the same money again, kept as
    /// printed but never added into a total a second time.
    /// </summary>
    public bool RepeatsHeading { get; set; }

    /// <summary>Takes the amounts another row prints for this one (a total row below its heading, a wrapped name's last line).</summary>
    public void TakeAmountsOf(BudgetRow other)
    {
        Pagu = other.Pagu;
        Realisasi = other.Realisasi;
        // "1 | Program X | Rp | Rp | 95,24" above its amounts: the percentage printed on the heading stays.
        Percent = other.Percent ?? Percent;
        Pegawai = other.Pegawai;
        BarangJasa = other.BarangJasa;
        Modal = other.Modal;
        Sisa = other.Sisa;
        ValueLine = other.Line;
    }

    public int Rank => BudgetLevels.Rank(Level);
}
