namespace Sakip.Analytics.Application.Importing;

/// <summary>
/// Who loads a batch and where it may write: an Operator's upload is restricted to the Operator's
/// tenant (<see cref="OnlyTenant"/>); platform imports (command line, demo data, inbox) are not.
/// </summary>
public sealed record ImportRequest(string Path, string Actor, string? OnlyTenant = null);
