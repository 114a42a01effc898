namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>The golden template folders copied next to the test assembly.</summary>
internal static class Templates
{
    public const string ExpectedErrorsFile = "expected-errors.txt";

    public static string PathOf(string folder) => Path.Combine(AppContext.BaseDirectory, "Templates", folder);

    /// <summary>The header rows of the template files, to build small test batches from.</summary>
    public const string TenantsHeader = "tenant,name,kind,province,lower_is_better_method";
    public const string UnitsHeader = "tenant,unit,name,kind,aliases";
    public const string IndicatorsHeader = "tenant,unit,year,level,goal,indicator,satuan,polarity,kind,value,source_document,source_table,source_line";
    public const string BudgetHeader = "tenant,unit,year,stage,level,code,name,pagu,realisasi,reported_pct,realisasi_pegawai,realisasi_barang_jasa,realisasi_modal,source_document,source_table,source_line";
    public const string NotesHeader = "tenant,unit,year,dataset,kind,subject,description,reported_label,reported_value,reported_text,reported_table,reported_line,expected_label,expected_value,expected_text,expected_table,expected_line,source_document";
    public const string AkipHeader = "tenant,unit,year,kind,regulation,perencanaan,pengukuran,pelaporan,evaluasi_internal,capaian,total,predikat,evaluator,source_document,source_table,source_line";
}
