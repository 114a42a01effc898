namespace Sakip.Analytics.Identity.OneTimePasswords;

/// <summary>
/// Where the passwords generated at start (the first platform admin, the demo accounts) go, once.
/// The default prints them to the console; nothing else ever sees them, and they are never logged.
/// </summary>
public interface IOneTimePasswordSink
{
    void Deliver(string purpose, IReadOnlyList<OneTimeCredential> credentials);
}

public sealed record OneTimeCredential(string UserName, string Password)
{
    public override string ToString() => $"{UserName} (password hidden)";
}
