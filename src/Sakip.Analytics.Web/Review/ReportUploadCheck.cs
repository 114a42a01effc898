using Sakip.Analytics.Web.Operator;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// What a report upload may be, checked before anything is saved: one file, a report converted to
/// text (.txt), a Word document (.docx) or a budget workbook (.xlsx), within the upload size limit, with
/// content that looks like what the extension says. The extractor reads the content itself afterwards.
/// </summary>
public static class ReportUploadCheck
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".docx", ".xlsx"];

    public static IReadOnlyList<string> Errors(IReadOnlyList<UploadedFile> files, UploadOptions limits)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(limits);
        if (files.Count == 0)
        {
            return ["Pilih satu laporan: teks hasil konversi PDF (.txt), dokumen Word (.docx) atau buku kerja realisasi anggaran (.xlsx)."];
        }

        if (files.Count > 1)
        {
            return ["Unggah satu laporan sekali unggah."];
        }

        var file = files[0];
        if (file.Length > limits.MaxBytes)
        {
            return [$"{file.Name}: {file.Length / (1024 * 1024)} MB melebihi batas {limits.MaxBytes / (1024 * 1024)} MB."];
        }

        return FileError(file) is { } error ? [$"{file.Name}: {error}"] : [];
    }

    private static string? FileError(UploadedFile file)
    {
        var extension = Path.GetExtension(file.Name);
        if (!Extensions.Contains(extension, StringComparer.Ordinal))
        {
            return "hanya laporan .txt, .docx atau .xlsx yang diterima.";
        }

        if (file.Length == 0)
        {
            return "berkas kosong.";
        }

        return extension switch
        {
            ".docx" or ".xlsx" when !FileContent.IsZip(file) => $"bukan berkas {extension} yang sah.",
            ".txt" when !FileContent.IsText(file) => "bukan berkas teks.",
            _ => null,
        };
    }
}
