using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Review;

/// <summary>A host of its own for the review tests, which load and publish reviewed reports.</summary>
public sealed class ReviewHostFixture : IDisposable
{
    public ReviewHostFixture()
    {
        Host = new SignedInHost();
        Host.StartServer();
        Client = Host.NewClient();
    }

    public SignedInHost Host { get; }

    public HttpClient Client { get; }

    public SignedInClient As(TestUser user) => new(Client, user);

    public ReviewSteps Steps(TestUser user, string tenant) => new(As(user), tenant);

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
    }
}

/// <summary>The review tests share one host; each works on a tenant of its own (Jember, Dumai, Batu Bara).</summary>
[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewHostFixture>
{
    public const string Name = "review host";
}
