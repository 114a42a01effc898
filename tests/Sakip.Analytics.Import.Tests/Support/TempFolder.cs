using System.Text;

namespace Sakip.Analytics.Import.Tests.Support;

/// <summary>A folder under the system temp directory, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() =>
        Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sakip-import-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>Copies a folder under Templates/ (a golden input) here, to be changed by a test.</summary>
    public string CopyFrom(string templateFolder)
    {
        foreach (var file in Directory.EnumerateFiles(Templates.PathOf(templateFolder)))
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)));
        }

        return Path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
