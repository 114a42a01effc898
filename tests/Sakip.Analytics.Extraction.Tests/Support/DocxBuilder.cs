using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>Writes a small Word report: paragraphs and tables, a cell may span columns.</summary>
public sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> body = [];

    public DocxBuilder Paragraph(string text)
    {
        body.Add(new Paragraph(new Run(new W.Text(text))));
        return this;
    }

    /// <summary>A table; a cell written "text|span=3" spans three grid columns.</summary>
    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                var parts = cell.Split("|span=");
                var properties = new TableCellProperties();
                if (parts.Length == 2)
                {
                    properties.Append(new GridSpan { Val = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) });
                }

                tableRow.Append(new TableCell(properties, new Paragraph(new Run(new W.Text(parts[0])))));
            }

            table.Append(tableRow);
        }

        body.Add(table);
        return this;
    }

    public void Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(body.Select(e => e.CloneNode(true))));
        main.Document.Save();
    }
}
