namespace Sakip.Analytics.Web.Benchmarks;

/// <summary>What is measured: every view of the acceptance questions, their API twins and downloads, and a static file as reference.</summary>
internal static class Endpoints
{
    public const string Reference = "/lib/bootstrap/bootstrap.min.css";

    public static IReadOnlyList<(string Group, string Path)> All { get; } =
    [
        ("referensi", Reference),
        ("halaman", "/"),
        ("halaman", "/kabupaten-batu-bara?year=2023"),
        ("halaman", "/kabupaten-batu-bara/perbandingan"),
        ("halaman", "/kabupaten-batu-bara/tren?unit=kecamatan-sei-balai&from=2019&to=2023"),
        ("halaman", "/kabupaten-batu-bara/benchmark?unit=kecamatan-sei-balai&from=2022&to=2023"),
        ("halaman", "/kabupaten-batu-bara/unit/kecamatan-sei-balai"),
        ("halaman", "/kota-dumai/unit/kecamatan-sungai-sembilan"),
        ("api", "/api/v1/kabupaten-batu-bara/units"),
        ("api", "/api/v1/kabupaten-batu-bara/akip?year=2023"),
        ("api", "/api/v1/kabupaten-batu-bara/units/kecamatan-sei-balai/indicators?from=2019&to=2023"),
        ("api", "/api/v1/kabupaten-batu-bara/benchmark?units=kecamatan-sei-balai,kecamatan-datuk-tanah-datar&measure=ikm,akip&from=2022&to=2023"),
        ("unduhan", "/kabupaten-batu-bara/ikhtisar/peringkat-akip.csv?year=2023"),
        ("unduhan", "/kabupaten-batu-bara/ikhtisar/peringkat-akip.xlsx?year=2023"),
    ];
}
