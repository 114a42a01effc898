namespace Sakip.Analytics.Extraction.Model;

/// <summary>The kinds of inconsistency of the gold schema (gold/SCHEMA.md).</summary>
public enum FindingKind
{
    SumMismatch,
    CapaianMiscomputed,
    TableVsTable,
    TableVsText,
    CategoryMismatch,
    TypoValue,
    NameVariant,
    Other,
}
