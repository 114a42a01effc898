namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>One tenant and one unit, for tests that need a few rows of a single file around them.</summary>
internal static class SmallBatch
{
    public const string Tenant = "kabupaten-batu-bara";
    public const string Unit = "kecamatan-sei-balai";

    public static TempFolder WithTenantAndUnit()
    {
        var folder = new TempFolder();
        folder.Write("tenants.csv", $"{Templates.TenantsHeader}\n{Tenant},Kabupaten Batu Bara,kabupaten,Sumatera Utara,\n");
        folder.Write("units.csv", $"{Templates.UnitsHeader}\n{Tenant},{Unit},Kecamatan Sei Balai,kecamatan,\n");
        return folder;
    }

    /// <summary>An indicators.csv row of the batch's unit whose value cell is written as given (quote it when it has commas).</summary>
    public static string IndicatorRow(string valueCell, string kind = "target") =>
        $"{Tenant},{Unit},2023,sasaran,,Nilai AKIP,predikat,higher_is_better,{kind},{valueCell},LKjIP 2023.pdf,Tabel 3.1,12";

    public static string AkipRow(string totalCell, string predikat = "") =>
        $"{Tenant},{Unit},2023,target,permenpanrb-88-2021,,,,,,{totalCell},{predikat},,LKjIP 2023.pdf,Tabel 2.3,20";

    public static string BudgetRow(string paguCell) =>
        $"{Tenant},{Unit},2023,murni,program,7.01,Program Penunjang,{paguCell},,,,,,LKjIP 2023.pdf,Tabel 3.10,612";
}
