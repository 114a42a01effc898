using System.CommandLine;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Laporan: teks hasil konversi PDF (.txt), .docx, atau buku kerja realisasi anggaran (.xlsx)." };
        var output = new Option<string>("--out") { Description = "File JSON (bentuk gold/SCHEMA.md) yang ditulis.", Required = true };
        var template = new Option<string?>("--template-out") { Description = "Folder batch template kanonik untuk 'sakip import'." };
        var tenant = new Option<string?>("--tenant") { Description = "Nama pemda bila laporan tidak menyebutnya, mis. \"Kabupaten Jember\"." };
        var units = new Option<string?>("--units") { Description = "units.csv template: unit pemda dan alias ejaannya." };
        var method = new Option<string?>("--lower-is-better") { Description = "Rumus capaian indikator 'makin rendah makin baik' bila laporan tidak mencetaknya." };
        method.AcceptOnlyFromAmong([.. Slugs.AllSlugs<LowerIsBetterMethod>()]);
        var command = new Command("extract", "Baca angka laporan LKjIP beserta asalnya, lalu periksa aritmetikanya.")
        {
            file, output, template, tenant, units, method,
        };
        command.SetAction(parse =>
        {
            var options = new ExtractionOptions
            {
                Tenant = parse.GetValue(tenant),
                KnownUnits = parse.GetValue(units) is { } path ? KnownUnitsFile.Read(path) : [],
                LowerIsBetterMethod = Slugs.TryParseSlug<LowerIsBetterMethod>(parse.GetValue(method), out var chosen) ? chosen : LowerIsBetterMethod.TargetOverRealization,
            };
            var result = new ReportExtractor(options).Extract(parse.GetRequiredValue(file));
            ExtractionJson.Write(result, parse.GetRequiredValue(output));
            Console.WriteLine($"{result.Document.Unit} ({result.Document.Tenant}) {result.Document.ReportYear}: {result.Indicators.Count} nilai indikator, " +
                $"{result.Budget.Count} baris anggaran, {result.Akip.Count} AKIP, {result.Ikm.Count} IKM, {result.Findings.Count} temuan.");
            if (parse.GetValue(template) is { } folder)
            {
                var draft = TemplateBatchBuilder.Draft(result);
                var written = TemplateWriter.Write(draft.Batch, folder);
                Console.WriteLine($"Batch template: {written.Count} file di {folder}; {draft.Batch.Notes.Count} catatan data, " +
                    $"{draft.UnplacedFindings.Count} temuan tidak dicatat (tidak ada data unit/tahun/dataset-nya di batch).");
            }

            return 0;
        });
        return command;
    }
}
