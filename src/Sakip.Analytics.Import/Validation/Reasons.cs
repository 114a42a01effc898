using System.Globalization;

namespace Sakip.Analytics.Import.Validation;

/// <summary>The reasons shown to users, in Bahasa Indonesia like the rest of the interface.</summary>
internal static class Reasons
{
    public const string EmptyRequired = "kolom wajib kosong";
    public const string EmptyFile = "file kosong: baris judul tidak ada";

    public static string PathNotFound(string path) => $"'{path}' tidak ditemukan";

    public static string NotFolderOrWorkbook(string path) => $"'{path}' bukan folder CSV atau workbook .xlsx";

    public static string EmptyBatch(IEnumerable<string> expectedNames) =>
        $"batch tidak berisi file template; yang dikenal: {string.Join(", ", expectedNames)}";

    public static string UnknownFile(string name, IEnumerable<string> expectedNames) =>
        $"file '{name}' tidak dikenal; yang dikenal: {string.Join(", ", expectedNames)}";

    public static string UnknownSheet(string name, IEnumerable<string> expectedNames) =>
        $"sheet '{name}' tidak dikenal; yang dikenal: {string.Join(", ", expectedNames)}";

    public static string NotUtf8 => "file bukan teks UTF-8";

    public static string Unreadable(string detail) => $"file tidak dapat dibaca: {detail}";

    public static string MalformedQuotes(string detail) => $"tanda kutip tidak sah ({detail})";

    public static string MissingColumn => "kolom wajib tidak ada di baris judul";

    public static string UnknownColumn(IEnumerable<string> expected) =>
        $"kolom tidak dikenal; yang dikenal: {string.Join(", ", expected)}";

    public static string EmptyHeader(int position) => $"judul kolom ke-{position} kosong padahal kolomnya berisi data";

    public static string DuplicateColumn => "kolom muncul lebih dari sekali di baris judul";

    public static string ExtraCells(int headerCount) => $"baris berisi lebih banyak sel daripada {headerCount} kolom judul";

    public static string NotSlug(string text) =>
        $"'{text}' bukan slug (huruf kecil a-z, angka 0-9, dipisah '-')";

    public static string NotAChoice(string text, IEnumerable<string> choices) =>
        $"nilai '{text}' tidak dikenal; pilihan: {string.Join(", ", choices)}";

    public static string NotANumber(string text) => $"nilai '{text}' bukan angka";

    public static string NotANumberOrGrade(string text) => $"nilai '{text}' bukan angka atau predikat";

    public static string NotAnInteger(string text) => $"nilai '{text}' bukan bilangan bulat";

    public static string OutOfRange(string text, decimal? min, decimal? max) => (min, max) switch
    {
        ({ } low, { } high) => $"nilai '{text}' di luar rentang {Show(low)}-{Show(high)}",
        ({ } low, null) => $"nilai '{text}' lebih kecil dari {Show(low)}",
        (null, { } high) => $"nilai '{text}' lebih besar dari {Show(high)}",
        _ => $"nilai '{text}' di luar rentang",
    };

    public static string MinAboveMax => "batas min lebih besar dari max";

    public static string UnknownTenant(string tenant) =>
        $"tenant '{tenant}' tidak didefinisikan di tenants batch ini dan belum tersimpan";

    public static string UnknownUnit(string tenant, string unit) =>
        $"unit '{unit}' milik tenant '{tenant}' tidak didefinisikan di units batch ini dan belum tersimpan";

    public static string CapaianUnder88Of2021(string regulation) =>
        $"komponen capaian tidak ada pada {regulation}; kosongkan kolom ini";

    public static string PredikatDisagrees(string predikat, string totalGrade) =>
        $"predikat '{predikat}' berbeda dengan predikat '{totalGrade}' di kolom total";

    public static string Duplicate(int firstRow, IEnumerable<string> keyColumns) =>
        $"duplikat baris {firstRow} (kunci: {string.Join(", ", keyColumns)})";

    public static string Inconsistent(string column, string? value, string? firstValue, int firstRow) =>
        $"{column} '{value ?? ""}' berbeda dengan '{firstValue ?? ""}' di baris {firstRow} untuk indikator yang sama";

    public static string NoteWithoutFacts(string dataset, string tenant, string unit, int year) =>
        $"batch ini tidak berisi data {dataset} untuk unit '{unit}' milik tenant '{tenant}' tahun {year}; catatan ini tidak akan pernah tampil";

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
}
