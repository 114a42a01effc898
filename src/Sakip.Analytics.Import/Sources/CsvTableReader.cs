using CsvHelper;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Sources;

/// <summary>Reads one template CSV file into rows numbered by their line in the file.</summary>
internal static class CsvTableReader
{
    public static RawTable Read(TemplateFile file, string label, string text, ErrorCollector errors)
    {
        var options = new CsvReaderOptions
        {
            // Indonesian numbers contain commas: the separator is fixed, never detected.
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed => ReportMalformed(malformed, label, errors),
        };

        var records = new List<RawRecord>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var cells = new RawCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = RawCell.FromText(reader.GetString(i));
            }

            // A line of separators only (",,,") is as blank as an empty line.
            if (cells.Any(c => !c.IsEmpty))
            {
                records.Add(new RawRecord(checked((int)reader.LineNumber), cells));
            }
        }

        return new RawTable(file, label, records);
    }

    // A stray quote inside a field ("Kantor "Camat"") is kept as text; only quoting that changes
    // where fields or records end is an error, since the values read would not be the ones written.
    private static void ReportMalformed(CsvMalformedRecord malformed, string label, ErrorCollector errors)
    {
        if (malformed.Reason is CsvMalformedReason.StrayQuote)
        {
            return;
        }

        errors.Add(label, checked((int)malformed.LineNumber), string.Empty, Reasons.MalformedQuotes(malformed.Reason.ToString()));
    }
}
