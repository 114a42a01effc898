using Sakip.Analytics.Web.Tests.Browser;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>The tests that share the web host and the browser: each is started once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web host";
}
