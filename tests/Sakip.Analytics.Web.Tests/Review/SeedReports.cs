namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>The extractor's seed reports (LKjIP text converted from PDF), linked into the test output under seeds/.</summary>
public static class SeedReports
{
    public const string Sumbersari = "lkjip-2021-kabupaten-jember-kecamatan-sumbersari.txt";
    public const string SungaiSembilan = "lkjip-2022-kota-dumai-kecamatan-sungai-sembilan.txt";
    public const string SeiBalai = "lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai.txt";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}
