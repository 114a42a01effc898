using Sakip.Analytics.Extraction;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Output;

namespace Sakip.Analytics.Extraction.Tests.Support;

/// <summary>The three seed reports and their gold files, copied next to the tests.</summary>
public static class Seeds
{
    public const string Jember = "lkjip-2021-kabupaten-jember-kecamatan-sumbersari";
    public const string Dumai = "lkjip-2022-kota-dumai-kecamatan-sungai-sembilan";
    public const string SeiBalai = "lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai";

    public static IReadOnlyList<string> All { get; } = [Jember, Dumai, SeiBalai];

    public static string TextPath(string seed) => Path.Combine(AppContext.BaseDirectory, "Seeds", seed + ".txt");

    public static string Text(string seed) => File.ReadAllText(TextPath(seed));

    public static string GoldPath(string seed) => Path.Combine(AppContext.BaseDirectory, "Gold", seed + ".json");

    public static GoldFile Gold(string seed) => ExtractionJson.Read(GoldPath(seed));

    public static ExtractionResult Extract(string seed) => Cache.GetOrAdd(seed, s => new ReportExtractor().ExtractText(s + ".txt", Text(s)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ExtractionResult> Cache = new();
}
