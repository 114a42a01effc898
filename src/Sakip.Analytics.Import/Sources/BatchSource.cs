namespace Sakip.Analytics.Import.Sources;

/// <summary>The template tables found at a path, in <see cref="TemplateFiles.All"/> order, and the hash of what was read.</summary>
internal sealed record BatchSource(string SourcePath, string ContentHash, IReadOnlyList<RawTable> Tables);
