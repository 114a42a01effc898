using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Pages;

/// <summary>The CSV and XLSX downloads of a panel hold exactly the table the page shows.</summary>
[Collection(WebCollection.Name)]
public sealed class DownloadTests(WebAppFixture web)
{
    public static TheoryData<string, string> Panels => new()
    {
        { "/kabupaten-batu-bara?year=2023", "peringkat-akip" },
        { "/kabupaten-batu-bara?year=2023", "ringkasan" },
        { "/kabupaten-batu-bara/perbandingan", "komponen-akip" },
        { "/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai", "akip" },
        { "/kabupaten-batu-bara/benchmark?unit=kecamatan-sei-balai&from=2022&to=2023", "perbandingan" },
        { "/kabupaten-batu-bara/benchmark?unit=kecamatan-sei-balai", "sebaran-sejenis" },
        { "/kabupaten-batu-bara/unit/kecamatan-sei-balai", "anggaran" },
        { "/kabupaten-batu-bara/unit/kecamatan-sei-balai", "indikator" },
    };

    [Theory]
    [MemberData(nameof(Panels))]
    public async Task Csv_download_equals_the_table_cell_for_cell(string url, string panel)
    {
        var page = await HtmlPage.LoadAsync(web.Client, url);
        var csvUrl = page.Link(panel, "csv")!;
        using var response = await web.Client.GetAsync(new Uri(csvUrl, UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var csv = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(page.Table(panel), csv);
    }

    [Theory]
    [MemberData(nameof(Panels))]
    public async Task Xlsx_download_holds_the_table_with_numbers_as_numbers(string url, string panel)
    {
        var page = await HtmlPage.LoadAsync(web.Client, url);
        var table = page.Table(panel);
        var bytes = await web.Client.GetByteArrayAsync(new Uri(page.Link(panel, "xlsx")!, UriKind.Relative));
        var sheet = ReadXlsx(bytes);

        Assert.Equal(table.Count, sheet.Count);
        Assert.Equal(table[0], sheet[0].Select(c => c.Text));
        foreach (var (row, cells) in table.Skip(1).Zip(sheet.Skip(1)))
        {
            Assert.Equal(row.Length, cells.Length);
            foreach (var (shown, cell) in row.Zip(cells))
            {
                if (cell.Number is { } number)
                {
                    Assert.Equal(ParseShown(shown), Math.Round(number, Decimals(shown), MidpointRounding.AwayFromZero));
                }
                else
                {
                    Assert.Equal(shown, cell.Text);
                }
            }
        }
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvReaderOptions { Separator = ',', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }

        return rows;
    }

    private static List<(string Text, decimal? Number)[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "Data");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value == CellValues.Number
                ? ("", (decimal?)decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture))
                : (cell.InnerText, null)).ToArray())
            .ToList();
    }

    /// <summary>Reads a figure as shown in id-ID (1.234,56; 94,71%; Rp 1.234; +7,10).</summary>
    private static decimal ParseShown(string shown) =>
        decimal.Parse(shown.Replace("Rp ", "", StringComparison.Ordinal).TrimEnd('%').TrimStart('+'), NumberStyles.Number, CultureInfo.GetCultureInfo("id-ID"));

    private static int Decimals(string shown)
    {
        var comma = shown.LastIndexOf(',');
        return comma < 0 ? 0 : shown.TrimEnd('%').Length - comma - 1;
    }
}
