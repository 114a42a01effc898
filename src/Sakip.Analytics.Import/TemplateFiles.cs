using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import;

/// <summary>
/// The files of the canonical import format (README, "Template"), in the order they are read:
/// tenants and units first, because the fact files refer to them.
/// </summary>
public static class TemplateFiles
{
    public static TemplateFile Tenants { get; } = File("tenants",
        Required(Columns.Tenant), Required(Columns.Name), Required(Columns.Kind),
        Optional(Columns.Province), Optional(Columns.LowerIsBetterMethod));

    public static TemplateFile Units { get; } = File("units",
        Required(Columns.Tenant), Required(Columns.Unit), Required(Columns.Name), Required(Columns.Kind),
        Optional(Columns.Aliases));

    public static TemplateFile CapaianScales { get; } = File("capaian_scales",
        Required(Columns.Tenant), Required(Columns.Label), Optional(Columns.Min), Optional(Columns.Max));

    public static TemplateFile Indicators { get; } = File("indicators",
        [
            Required(Columns.Tenant), Required(Columns.Unit), Required(Columns.Year), Required(Columns.Level),
            Optional(Columns.Goal), Required(Columns.Indicator), Optional(Columns.Satuan), Required(Columns.Polarity),
            Required(Columns.Kind), Required(Columns.Value), .. ProvenanceColumns(),
        ]);

    public static TemplateFile Budget { get; } = File("budget",
        [
            Required(Columns.Tenant), Required(Columns.Unit), Required(Columns.Year), Required(Columns.Stage),
            Required(Columns.Level), Optional(Columns.Code), Required(Columns.Name), Optional(Columns.Pagu),
            Optional(Columns.Realisasi), Optional(Columns.ReportedPercent), Optional(Columns.RealisasiPegawai),
            Optional(Columns.RealisasiBarangJasa), Optional(Columns.RealisasiModal), .. ProvenanceColumns(),
        ]);

    public static TemplateFile Akip { get; } = File("akip",
        [
            Required(Columns.Tenant), Required(Columns.Unit), Required(Columns.Year), Required(Columns.Kind),
            Required(Columns.Regulation), Optional(Columns.Perencanaan), Optional(Columns.Pengukuran),
            Optional(Columns.Pelaporan), Optional(Columns.EvaluasiInternal), Optional(Columns.Capaian),
            Optional(Columns.Total), Optional(Columns.Predikat), Optional(Columns.Evaluator), .. ProvenanceColumns(),
        ]);

    public static TemplateFile Ikm { get; } = File("ikm",
        [
            Required(Columns.Tenant), Required(Columns.Unit), Required(Columns.Year), Optional(Columns.Respondents),
            .. Enum.GetValues<IkmElement>().Select(e => Optional(e.ToSlug())),
            Optional(Columns.NrrWeightedTotal), Optional(Columns.Ikm), Optional(Columns.Mutu),
            Optional(Columns.SurveyPeriod), .. ProvenanceColumns(),
        ]);

    /// <summary>Audit findings kept with the data they are about: the printed figure and the other one, both located.</summary>
    public static TemplateFile Notes { get; } = File("notes",
        Required(Columns.Tenant), Required(Columns.Unit), Required(Columns.Year), Required(Columns.Dataset),
        Required(Columns.Kind), Optional(Columns.Subject), Required(Columns.Description),
        Required(Columns.ReportedLabel), Optional(Columns.ReportedValue), Required(Columns.ReportedText),
        Optional(Columns.ReportedTable), Optional(Columns.ReportedLine),
        Required(Columns.ExpectedLabel), Optional(Columns.ExpectedValue), Required(Columns.ExpectedText),
        Optional(Columns.ExpectedTable), Optional(Columns.ExpectedLine),
        Required(Columns.SourceDocument));

    public static IReadOnlyList<TemplateFile> All { get; } =
        [Tenants, Units, CapaianScales, Indicators, Budget, Akip, Ikm, Notes];

    /// <summary>The file whose name (<c>indicators.csv</c>) or sheet name (<c>indicators</c>) this is; exact, lower-case.</summary>
    public static TemplateFile? ByFileName(string fileName) =>
        All.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.Ordinal));

    public static TemplateFile? BySheetName(string sheetName) =>
        All.FirstOrDefault(f => string.Equals(f.Name, sheetName, StringComparison.Ordinal));

    internal static int OrderOf(TemplateFile file) => All.ToList().IndexOf(file);

    private static TemplateColumn[] ProvenanceColumns() =>
        [Required(Columns.SourceDocument), Optional(Columns.SourceTable), Optional(Columns.SourceLine)];

    private static TemplateFile File(string name, params TemplateColumn[] columns) => new(name, columns);

    private static TemplateColumn Required(string name) => new(name, IsRequired: true);

    private static TemplateColumn Optional(string name) => new(name, IsRequired: false);
}
