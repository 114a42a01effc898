using System.Collections.Concurrent;
using Sakip.Analytics.Identity.OneTimePasswords;

namespace Sakip.Analytics.Web.Tests.Accounts.Support;

/// <summary>Takes the place of the console: the tests read the one-time passwords from here.</summary>
public sealed class CapturingPasswordSink : IOneTimePasswordSink
{
    private readonly ConcurrentQueue<(string Purpose, IReadOnlyList<OneTimeCredential> Credentials)> deliveries = new();

    public IReadOnlyList<(string Purpose, IReadOnlyList<OneTimeCredential> Credentials)> Deliveries => [.. deliveries];

    public IReadOnlyList<OneTimeCredential> Credentials => [.. deliveries.SelectMany(d => d.Credentials)];

    public string PasswordOf(string userName) =>
        Credentials.SingleOrDefault(c => c.UserName == userName)?.Password
        ?? throw new InvalidOperationException($"No one-time password was delivered for {userName}.");

    public void Deliver(string purpose, IReadOnlyList<OneTimeCredential> credentials) => deliveries.Enqueue((purpose, credentials));
}
