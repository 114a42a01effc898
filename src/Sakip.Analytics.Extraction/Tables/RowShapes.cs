using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>Tells header rows, column-numbering rows and data rows apart by their words and numbers.</summary>
internal static partial class RowShapes
{
    public static bool IsNumberingRow(ReportLine row)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c).Trim()).Where(c => c.Length > 0).ToList();
        // "1 2 | 3 | 4": the first two run together, the No column printed into the next.
        return cells.Count >= 2 && (ColumnNumber().IsMatch(cells[0]) || TwoColumnNumbers().IsMatch(cells[0])) && cells.Skip(1).All(c => ColumnNumber().IsMatch(c));
    }

    /// <summary>"1 2", "(1) (2)": two columns' numbers run together, the first and the second.</summary>
    [GeneratedRegex(@"^(?<first>\(?\d{1,2}\)?)\s+(?<second>\(?\d{1,2}\)?)$")]
    internal static partial Regex TwoColumnNumbers();

    public static bool IsHeaderRow(ReportLine row)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c)).Where(c => c.Length > 0).ToList();
        // "Indikator | : Persentase ...": the label of a block of labelled lines, not a table's heading.
        if (cells.Count == 0 || IsNumberingRow(row) || IsLabelRow(row))
        {
            return false;
        }

        // "I | II | III | IV" under "Target Triwulan" and "Realisasi Triwulan": the quarters, not a numbered row.
        if (cells.Count >= 2 && cells.TrueForAll(c => QuarterNumeral().IsMatch(c.Trim())))
        {
            return true;
        }

        if (cells.Exists(c => c.Length > 90 || IsDataNumber(c) && !SmallInteger().IsMatch(c) && !IsRupiahOfYear(c) || IsCode(c)))
        {
            return false;
        }

        // A stray column number among header words ("Indikator | 9 | Target") does not make a data row; a row
        // numbered "2." counts its number as "2" would.
        var numbers = cells.Count(c => IsDataNumber(c) && !IsRupiahOfYear(c) || IsDottedRowNumber(c));
        var headerCells = cells.Count(c => IsYearLabel(c) || IsHeaderCell(c) || IsRupiahOfYear(c) || cells.Count >= 2 && IsLogHeaderCell(c));
        // "No | Kabupaten/Kota | Rata-rata Waktu Tanggap (Menit)": words under the number column's heading head the columns.
        return numbers * 4 < cells.Count
            && (headerCells * 2 >= cells.Count && headerCells > 0 || numbers == 0 && cells.Count >= 2 && ColumnClassifier.IsRowNumberHeading(NameKey.Of(cells[0])));
    }

    /// <summary>A figure in a data cell: a number other than a year heading.</summary>
    public static bool IsDataNumber(string cell) =>
        CellValue.TryParse(cell, out var value) && value.HasNumber && !IsYearLabel(cell);

    /// <summary>"2.": a row's number with the dot after it, which a figure never carries.</summary>
    public static bool IsDottedRowNumber(string cell) => DottedRowNumber().IsMatch(cell.Trim());

    /// <summary>"1", "1.2", "a.", "U9", "IKU.1": a row's number or short label, never a name.</summary>
    public static bool IsRowLabel(string cell) => RowLabel().IsMatch(Markup.Strip(cell).Trim());

    /// <summary>A kode rekening ("7.01.7.01.0.001.2.01.", "0.00 . 7-01.0-00.0-00.03.0.0 . 1.2.01").</summary>
    public static bool IsCode(string cell) => Code().IsMatch(cell.Trim());

    /// <summary>"- Target | : 30 kali", "Realisasi | : | 28": a label and its value set off by a colon, not a table's row.</summary>
    public static bool IsLabelRow(ReportLine row)
    {
        var cells = row.Cells.Select(c => Markup.Strip(c).Trim()).Where(c => c.Length > 0).ToList();
        return cells is [_, var value] && value.StartsWith(':') || cells is [_, ":", _];
    }

    /// <summary>
    /// A name that cannot end here: it breaks off at a preposition or conjunction, a comma, dash or slash ("... Desa dan"), or
    /// inside a bracket ("IKM Unit Pelayanan (Jumlah").
    /// </summary>
    public static bool EndsMidName(string text) => DanglingEnd().IsMatch(text) || text.Count(c => c == '(') > text.Count(c => c == ')');

    [GeneratedRegex(@"(\b(dan|atau|serta|pada|di|ke|dari|untuk|bagi|yang|dalam|dengan|oleh|terhadap|melalui|antar)|[,/\-–&])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();

    /// <summary>"Rp", "Rp.", "IDR": a currency sign the converter set in a cell apart from its amount.</summary>
    public static bool IsCurrencySign(string cell) => CurrencySign().IsMatch(Markup.Strip(cell).Trim());

    [GeneratedRegex(@"^(rp\.?|idr)$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencySign();

    public static bool IsYearLabel(string cell) => YearLabel().IsMatch(Markup.Strip(cell));

    /// <summary>The year a cell that is only a year label ("2022", "Tahun 2022", "2023 (n)") names.</summary>
    public static int? YearOf(string cell) =>
        IsYearLabel(cell) && YearDigits().Match(cell) is { Success: true } match ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static bool IsHeaderCell(string cell)
    {
        var key = NameKey.Of(cell);
        // "T | R | %" under each year: target and realisasi abbreviated to their letters.
        return key.Length > 0 && (key.Length <= 70 && HeaderStart().IsMatch(key) && !LabelledStatement.Is(cell) || cell.Trim() is "%" or "T" or "R");
    }

    /// <summary>
    /// "Tanggal | Lokasi Kejadian | Waktu Lapor", "Awal | Akhir": words heading the columns of a log or of a target's two
    /// ends, which also open the wrapped rest of a name ("Waktu", "Korban Kebakaran"): a heading only beside other cells.
    /// </summary>
    private static bool IsLogHeaderCell(string cell) => LogHeaderStart().IsMatch(NameKey.Of(cell));

    [GeneratedRegex(@"^(tanggal|lokasi|waktu|objek|kerugian|alamat|penyebab|korban|awal|akhir)\b")]
    private static partial Regex LogHeaderStart();

    /// <summary>"Rp 2023", "(Rp) 2024": the heading of a year's money column in a Renstra funding table, not an amount.</summary>
    public static bool IsRupiahOfYear(string cell) => RupiahOfYear().IsMatch(Markup.Strip(cell).Trim());

    [GeneratedRegex(@"^\(?Rp\.?\)?\s*(19|20)\d\d$", RegexOptions.IgnoreCase)]
    private static partial Regex RupiahOfYear();

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex YearDigits();

    [GeneratedRegex(@"^(I|II|III|IV)$")]
    private static partial Regex QuarterNumeral();

    [GeneratedRegex(@"^\d{1,2}(?:\s*[.\-]\s*\d{1,4}){2,}\.?$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex SmallInteger();

    [GeneratedRegex(@"^\d{1,3}\.$")]
    private static partial Regex DottedRowNumber();

    [GeneratedRegex(@"^([A-Za-z]{0,4}[.\- ]?\d{1,2}([.,]\d{1,2})*|[a-z]|[IVX]{1,4})[.)]?$")]
    private static partial Regex RowLabel();

    // "5", "(5)", "1.", "6 (4-3)", and a column number with the formula it holds: "6 = (4/3)", "(7)=(6)/(5)x100%".
    [GeneratedRegex(@"^\(?\d{1,2}\)?\.?(\s*\([0-9+\-/:x*× ]+\)|\s*=\s*[0-9()+\-/:x*×% ]+)?$")]
    private static partial Regex ColumnNumber();

    // "2022", "Tahun 2022", "2023 (n)", and "(2020)" under "Kondisi Awal".
    [GeneratedRegex(@"^(\(\s*(19|20)\d\d\s*\)|(th\.?|tahun|ta\.?)?\s*(19|20)\d\d(\s*\((n|n-\d)\))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"^(no|nomor|kode|uraian|sasaran|tujuan|indikator|iku|kinerja|satuan|target|realisasi|capaian|persentase|prosentase|program|kegiatan|sub kegiatan|jumlah|sisa|anggaran|pagu|keterangan|ket|kategori|predikat|kriteria|nilai|mutu|skor|interval|unsur|nrr|aspek|komponen|perencanaan|pengukuran|pelaporan|evaluasi|pencapaian|total|tahun|th|tw|triwulan|formulasi|sumber|bidang|strategi|kebijakan|arah|misi|visi|penjelasan|faktor|solusi|menunjang|kecamatan|dinas|opd|unit|skpd|perangkat|belanja|pegawai|barang|modal|tingkat|analisis|permasalahan|kondisi|langkah|nama|luas|dusun|halaman|tabel|rencana|alokasi|efisiensi|penyerapan|realisasi|dpa|target akhir|hasil|penanggung|indeks|aktivitas|output|outcome|input|keluaran|masukan|tgt|trgt|real|cap|sat|apbd|apbdp|murni|perubahan|pergeseran|bertambah|berkurang|selisih|rp|golongan|pangkat|eselon|jabatan|pendidikan|jenis kelamin|laki laki|perempuan|l|p|bulan|kelurahan|desa|status)\b")]
    private static partial Regex HeaderStart();
}
