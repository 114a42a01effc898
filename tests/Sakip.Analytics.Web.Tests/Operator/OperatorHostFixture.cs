using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Operator;

/// <summary>A host of its own for the Operator tests, which load and publish; uploads limited to 200 KB to test the limit.</summary>
public sealed class OperatorHostFixture : IDisposable
{
    public const long UploadLimit = 200 * 1024;

    public OperatorHostFixture()
    {
        Host = new SignedInHost(new Dictionary<string, string?> { ["Uploads:MaxBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Host.StartServer();
        Client = Host.NewClient();
    }

    public SignedInHost Host { get; }

    public HttpClient Client { get; }

    public SignedInClient As(TestUser user) => new(Client, user);

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
    }
}
