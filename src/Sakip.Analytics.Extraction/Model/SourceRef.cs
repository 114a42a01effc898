namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// Where an extracted figure was printed: the document, the table caption as printed ("Tabel 3.2",
/// a heading, "tabel tanpa nomor (baris 327)") or "text" for prose, the 1-based line, and how sure
/// the extractor is that it read the figure right (0-1).
/// </summary>
public sealed record SourceRef(string Document, string Table, int Line, double Confidence)
{
    public const string Prose = "text";

    public bool IsProse => Table == Prose;

    public override string ToString() => IsProse ? $"teks baris {Line}" : $"{Table} baris {Line}";
}
