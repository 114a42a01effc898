using Sakip.Analytics.Import.Tests.Support;

namespace Sakip.Analytics.Import.Tests;

public sealed class WorkbookTests
{
    [Fact]
    public void Workbook_with_the_valid_files_as_sheets_reads_to_the_same_facts_as_the_folder()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("batch.xlsx");
        CsvFolderToWorkbook.Convert(Templates.PathOf("valid"), workbook);

        var fromFolder = TemplateReader.Read(Templates.PathOf("valid")).AssertSucceeded();
        var fromWorkbook = TemplateReader.Read(workbook).AssertSucceeded();

        Assert.Equal(BatchSnapshot.Of(fromFolder), BatchSnapshot.Of(fromWorkbook));
        Assert.Equal(new Domain.Facts.TemplateRow("batch.xlsx!indicators", 6), fromWorkbook.Indicators[3].Origin);
        Assert.Equal(workbook, fromWorkbook.SourcePath);
    }

    [Fact]
    public void Workbook_hash_is_the_hash_of_the_file_bytes()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("batch.xlsx");
        CsvFolderToWorkbook.Convert(Templates.PathOf("valid"), workbook);

        var batch = TemplateReader.Read(workbook).AssertSucceeded();

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(workbook))), batch.ContentHash);
    }

    [Fact]
    public void Errors_in_a_workbook_name_the_workbook_and_sheet()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("invalid.xlsx");
        CsvFolderToWorkbook.Convert(Templates.PathOf("invalid-values"), workbook);

        var errors = TemplateReader.Read(workbook).Errors;

        var folderErrors = TemplateReader.Read(Templates.PathOf("invalid-values")).Errors;
        Assert.Equal(folderErrors.Count, errors.Count);
        Assert.Contains(new Domain.Facts.ImportError("invalid.xlsx!indicators", 2, "value", "nilai '12a' bukan angka atau predikat"), errors);
        Assert.All(errors, e => Assert.StartsWith("invalid.xlsx!", e.File, StringComparison.Ordinal));
    }

    [Fact]
    public void Cells_typed_as_numbers_are_used_as_numbers()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("typed.xlsx");
        var header = Templates.IndicatorsHeader.Split(',').Select(XlsxCell.Of).ToArray();
        new XlsxBuilder()
            .Sheet("indicators", header, TypedIndicatorRow(XlsxCell.Of(1.396)), TypedIndicatorRow(XlsxCell.Percent(0.9471), "realization"))
            .Save(workbook);

        var batch = TemplateReader.Read(workbook, _ => true, (_, _) => true).AssertSucceeded();

        // Typed numbers are rendered with a decimal comma so the text parses back to the same number.
        Assert.Equal([(1.396m, "1,396"), (94.71m, "94,71%")], batch.Indicators.Select(f => (f.Value, f.Text)));
        Assert.Equal(2023, batch.Indicators[0].Year);
        Assert.Equal(12, batch.Indicators[0].Source.Line);
    }

    [Fact]
    public void A_number_typed_into_a_text_column_reads_as_the_spreadsheet_shows_it()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("budget.xlsx");
        var header = Templates.BudgetHeader.Split(',').Select(XlsxCell.Of).ToArray();
        XlsxCell?[] line =
        [
            XlsxCell.Of(SmallBatch.Tenant), XlsxCell.Of(SmallBatch.Unit), XlsxCell.Of(2023), XlsxCell.Of("murni"), XlsxCell.Of("program"),
            XlsxCell.Of(7.01), XlsxCell.Of("Program Penunjang"), XlsxCell.Of(1396524280.5), null, XlsxCell.Percent(0.9471),
            null, null, null, XlsxCell.Of("LKjIP 2023.pdf"), null, null,
        ];
        new XlsxBuilder().Sheet("budget", header, line).Save(workbook);

        var budget = Assert.Single(TemplateReader.Read(workbook, _ => true, (_, _) => true).AssertSucceeded().Budget);

        Assert.Equal(("7.01", 1396524280.5m, 94.71m), (budget.Code, budget.Pagu, budget.ReportedPercent));
    }

    [Fact]
    public void A_workbook_without_template_sheets_is_an_empty_batch()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("kosong.xlsx");
        new XlsxBuilder().Sheet("Sheet1").Save(workbook);

        var error = Assert.Single(TemplateReader.Read(workbook).Errors);

        Assert.Equal(("kosong.xlsx", 0), (error.File, error.Row));
        Assert.StartsWith("batch tidak berisi file template", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sheet_with_data_is_an_error_but_an_empty_one_is_ignored()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("book.xlsx");
        new XlsxBuilder()
            .Sheet("tenants", [XlsxCell.Of("tenant"), XlsxCell.Of("name"), XlsxCell.Of("kind")], [XlsxCell.Of("kota-dumai"), XlsxCell.Of("Kota Dumai"), XlsxCell.Of("kota")])
            .Sheet("Sheet1")
            .Sheet("catatan", [XlsxCell.Of("periksa lagi")])
            .Save(workbook);

        var errors = TemplateReader.Read(workbook).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(("book.xlsx!catatan", 0), (error.File, error.Row));
        Assert.StartsWith("sheet 'catatan' tidak dikenal", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_workbook_is_reported_not_thrown()
    {
        using var temp = new TempFolder();
        var path = temp.Write("rusak.xlsx", "this is not a zip archive");

        var error = Assert.Single(TemplateReader.Read(path).Errors);

        Assert.Equal(("rusak.xlsx", 0), (error.File, error.Row));
        Assert.StartsWith("file tidak dapat dibaca", error.Reason, StringComparison.Ordinal);
    }

    private static XlsxCell?[] TypedIndicatorRow(XlsxCell value, string kind = "target") =>
    [
        XlsxCell.Of(SmallBatch.Tenant), XlsxCell.Of(SmallBatch.Unit), XlsxCell.Of(2023), XlsxCell.Of("sasaran"), null,
        XlsxCell.Of("Persentase Capaian"), XlsxCell.Of("%"), XlsxCell.Of("higher_is_better"), XlsxCell.Of(kind), value,
        XlsxCell.Of("LKjIP 2023.pdf"), null, XlsxCell.Of(12),
    ];
}
