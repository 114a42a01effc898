namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>How a column's values are shown (in id-ID) and exported.</summary>
public enum ColumnFormat
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A year, without a thousands separator: 2023.</summary>
    Year,

    /// <summary>A whole number: 1.234.</summary>
    Integer,

    /// <summary>A decimal number with the column's decimals: 86,98.</summary>
    Number,

    /// <summary>A percentage: 94,71%.</summary>
    Percent,

    /// <summary>Rupiah without decimals: Rp 1.234.567.</summary>
    Money,

    /// <summary>A signed difference in points: +7,10 or −2,70.</summary>
    Points,
}
