using Sakip.Analytics.Import;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Operator;

/// <summary>One uploaded file as checked: its safe name and where its bytes come from.</summary>
public sealed record UploadedFile(string Name, long Length, Func<Stream> Open);

/// <summary>
/// What an upload may be, checked before anything is saved: several template .csv files (exact
/// template names) or one .xlsx workbook; within the size and count limits; content that looks like
/// what the extension says. The importer checks the content itself afterwards.
/// </summary>
public static class UploadCheck
{

    public static IReadOnlyList<string> Errors(IReadOnlyList<UploadedFile> files, UploadOptions limits)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(limits);
        if (files.Count == 0)
        {
            return ["Pilih berkas template: beberapa berkas .csv atau satu buku kerja .xlsx."];
        }

        var errors = new List<string>();
        if (files.Count > limits.MaxFiles)
        {
            errors.Add($"Paling banyak {limits.MaxFiles} berkas sekali unggah.");
        }

        var total = files.Sum(f => f.Length);
        if (total > limits.MaxBytes)
        {
            errors.Add($"Unggahan {Megabytes(total)} melebihi batas {Megabytes(limits.MaxBytes)}.");
        }

        var workbooks = files.Count(f => f.Name.EndsWith(".xlsx", StringComparison.Ordinal));
        if (workbooks > 1 || (workbooks == 1 && files.Count > 1))
        {
            errors.Add("Unggah satu buku kerja .xlsx saja, atau berkas .csv saja, tidak keduanya.");
        }

        foreach (var duplicate in files.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{duplicate.Key}: dipilih lebih dari sekali.");
        }

        foreach (var file in files)
        {
            if (FileError(file) is { } error)
            {
                errors.Add($"{file.Name}: {error}");
            }
        }

        return errors;
    }

    /// <summary>The name as it will be saved: the last path segment, lower-case, only a-z 0-9 . _ -.</summary>
    public static string SafeName(string? uploadedName)
    {
        var name = (uploadedName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim().ToLowerInvariant();
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]).Trim('.', '-');
        if (safe.Length > 100)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(100 - extension.Length)] + extension;
        }

        return safe.Length == 0 ? "berkas" : safe;
    }

    private static string? FileError(UploadedFile file)
    {
        var extension = Path.GetExtension(file.Name);
        if (!UploadOptions.AllowedExtensions.Contains(extension, StringComparer.Ordinal))
        {
            return "hanya berkas .csv atau .xlsx yang diterima.";
        }

        if (file.Length == 0)
        {
            return "berkas kosong.";
        }

        if (extension == ".csv" && TemplateFiles.ByFileName(file.Name) is null)
        {
            return $"bukan nama berkas template ({string.Join(", ", TemplateFiles.All.Select(f => f.FileName))}).";
        }

        return extension switch
        {
            ".xlsx" when !FileContent.IsZip(file) => "bukan buku kerja .xlsx yang sah.",
            ".csv" when !FileContent.IsText(file) => "bukan berkas teks CSV.",
            _ => null,
        };
    }

    private static string Megabytes(long bytes) =>
        string.Create(WebRegistration.Indonesian, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
