namespace Sakip.Analytics.Web.Operator;

/// <summary>What an uploaded file's first bytes say it is, whatever its name claims.</summary>
public static class FileContent
{
    private const int SniffLength = 8192;
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>.xlsx and .docx files are zip packages.</summary>
    public static bool IsZip(UploadedFile file) => Head(file).AsSpan().StartsWith(ZipSignature);

    /// <summary>A NUL byte early in the file means binary, not text.</summary>
    public static bool IsText(UploadedFile file) => Array.IndexOf(Head(file), (byte)0) < 0;

    private static byte[] Head(UploadedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var stream = file.Open();
        var buffer = new byte[SniffLength];
        var read = stream.ReadAtLeast(buffer, SniffLength, throwOnEndOfStream: false);
        return buffer[..read];
    }
}
