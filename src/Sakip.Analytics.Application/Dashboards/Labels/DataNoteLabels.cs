using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Labels;

/// <summary>How a data note (or an audit finding before it is loaded) is named and summed up on the pages.</summary>
public static class DataNoteLabels
{
    // Labels a finding gives a figure it states itself; any other label is the caption of the table it was printed in.
    private static readonly HashSet<string> OwnLabels = new(StringComparer.Ordinal) { "dilaporkan", "dihitung", "tertulis", "kanonik", "skala" };

    public static string Kind(DataNoteKind kind) => kind switch
    {
        DataNoteKind.SumMismatch => "Jumlah tidak cocok",
        DataNoteKind.CapaianMiscomputed => "Persentase tidak sesuai hitungan",
        DataNoteKind.TableVsTable => "Beda antar-tabel",
        DataNoteKind.TableVsText => "Beda tabel dan teks",
        DataNoteKind.CategoryMismatch => "Kategori tidak sesuai skala",
        DataNoteKind.TypoValue => "Salah ketik",
        DataNoteKind.NameVariant => "Variasi nama unit",
        _ => "Lainnya",
    };

    public static string Dataset(Dataset dataset) => dataset switch
    {
        Domain.Facts.Dataset.Indicators => "Indikator",
        Domain.Facts.Dataset.Budget => "Anggaran",
        Domain.Facts.Dataset.Akip => "AKIP",
        Domain.Facts.Dataset.Ikm => "IKM",
        _ => dataset.ToString(),
    };

    /// <summary>One side in a few words: "dilaporkan 996,22%", or "di Tabel 3.1: 100%" for a figure printed elsewhere.</summary>
    public static string Figure(string label, string text) =>
        OwnLabels.Contains(label) ? $"{label} {text}"
        : label == "text" ? $"di teks: {text}"
        : $"di {label}: {text}";

    /// <summary>One side beside its location: "dilaporkan 996,22%", or just "100%" when the label is the table the location names.</summary>
    public static string Value(string label, string text) => OwnLabels.Contains(label) ? $"{label} {text}" : text;

    /// <summary>Both sides in a few words, e.g. "dilaporkan 996,22%, dihitung 100,74%".</summary>
    public static string Summary(string reportedLabel, string reportedText, string expectedLabel, string expectedText)
    {
        var reported = OwnLabels.Contains(reportedLabel) ? Figure(reportedLabel, reportedText) : $"tercetak {reportedText}";
        return $"{reported}, {Figure(expectedLabel, expectedText)}";
    }

    public static string Summary(DataNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Summary(note.Reported.Label, note.Reported.Text, note.Expected.Label, note.Expected.Text);
    }

    /// <summary>Where a figure is printed: "Tabel 3.1 baris 337", "teks baris 72".</summary>
    public static string Location(string? table, int? line)
    {
        var place = table is null or "" ? "" : table == "text" ? "teks" : table;
        return line is { } l ? $"{place} baris {l}".Trim() : place;
    }
}
