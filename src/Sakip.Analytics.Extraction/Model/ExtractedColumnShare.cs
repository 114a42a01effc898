namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// A row's printed percentage in a table that holds no indicator, budget, AKIP or IKM figures, with the two figures of the
/// same row it is the share of ("Tertangani 16 | Jumlah Kejadian 17 | Persentase 97,06"), so the audit can divide them.
/// </summary>
public sealed record ExtractedColumnShare(string Column, decimal Printed, string Text, SourceRef Source, ColumnPart Part, ColumnPart Whole);
