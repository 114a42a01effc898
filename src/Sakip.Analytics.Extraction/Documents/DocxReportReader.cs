using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Wp = DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Analytics.Extraction.Documents;

/// <summary>
/// Reads a .docx report from its structure: every body paragraph becomes a line, every table row
/// (w:tr) a line of cells, in document order, so captions stay just above their tables and the
/// same table interpretation as for report text applies. Line numbers count those lines.
/// </summary>
/// <remarks>A cell spanning columns (gridSpan) is followed by empty cells, and a vertically merged
/// continuation cell is empty, as a PDF-to-text converter lays them out.</remarks>
public static class DocxReportReader
{
    public static ReportDocument Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException($"'{Path.GetFileName(path)}' has no document body.");
        var lines = new List<ReportLine>();
        foreach (var element in body.ChildElements)
        {
            Append(element, lines);
        }

        return new ReportDocument(Path.GetFileName(path), ReportFormat.Docx, [new ReportPage(null, lines)]);
    }

    private static void Append(OpenXmlElement element, List<ReportLine> lines)
    {
        switch (element)
        {
            case Wp.Paragraph paragraph:
                lines.Add(new ReportLine(lines.Count + 1, ParagraphText(paragraph), []));
                break;
            case Wp.Table table:
                foreach (var row in table.Elements<Wp.TableRow>())
                {
                    var cells = RowCells(row);
                    lines.Add(new ReportLine(lines.Count + 1, string.Join('\t', cells), cells));
                }

                // A blank line after the table, as the text converter leaves one.
                lines.Add(new ReportLine(lines.Count + 1, string.Empty, []));
                break;
            case Wp.SdtBlock block:
                foreach (var child in block.Descendants<Wp.SdtContentBlock>().SelectMany(c => c.ChildElements))
                {
                    Append(child, lines);
                }

                break;
        }
    }

    private static List<string> RowCells(Wp.TableRow row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Wp.TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continuesMerge = properties?.VerticalMerge is { } merge
                && (merge.Val is null || merge.Val.Value == Wp.MergedCellValues.Continue);
            cells.Add(continuesMerge ? string.Empty : PrintedCell.Of(CellText(cell)));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++)
            {
                cells.Add(string.Empty);
            }
        }

        return cells;
    }

    private static string CellText(Wp.TableCell cell) =>
        string.Join(' ', cell.Descendants<Wp.Paragraph>().Select(ParagraphText).Where(t => t.Length > 0)).Trim();

    private static string ParagraphText(Wp.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Wp.Text t:
                    text.Append(InvisibleCharacters.Remove(t.Text));
                    break;
                case Wp.TabChar:
                    text.Append(' ');
                    break;
                case Wp.Break:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
