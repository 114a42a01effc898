using System.Text;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>Template files made from the demo batches, for uploads in the tests.</summary>
public static class DemoBatches
{
    public const string Dumai = "lkjip-2022-kota-dumai-kecamatan-sungai-sembilan";
    public const string BatuBara = "lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai";

    /// <summary>The published IKM realization of Sungai Sembilan 2022, as printed.</summary>
    public const string DumaiPublishedIkm = "86,98";

    private const string IkmRealization = "Indeks Kepuasan Masyarakat,Indeks,higher_is_better,realization,\"86,98\"";

    public static string File(string batch, string name) => Path.Combine(AppContext.BaseDirectory, "demo", batch, name);

    /// <summary>
    /// Dumai's indicators of 2022 only, with Sungai Sembilan's IKM realization replaced: a newer batch
    /// for (kota-dumai, 2022, indicators) and nothing else.
    /// </summary>
    public static byte[] DumaiIndicators2022(string ikmRealization)
    {
        var lines = System.IO.File.ReadAllLines(File(Dumai, "indicators.csv"));
        var kept = lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[2] == "2022")).ToList();
        var text = string.Join('\n', kept) + "\n";
        if (!text.Contains(IkmRealization, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The demo IKM realization row of Sungai Sembilan 2022 changed.");
        }

        return Encoding.UTF8.GetBytes(text.Replace(IkmRealization, IkmRealization.Replace("86,98", ikmRealization, StringComparison.Ordinal), StringComparison.Ordinal));
    }

    public static byte[] Bytes(string batch, string name) => System.IO.File.ReadAllBytes(File(batch, name));
}
