using Sakip.Analytics.Etl;
using Sakip.Analytics.Web;
using Sakip.Analytics.Web.Accounts;

var builder = WebApplication.CreateBuilder(args);
builder.AddEtl(watchInbox: true);
builder.AddWeb();

var app = builder.Build();
app.UseWeb();
await app.Services.GetRequiredService<DemoData>().EnsureLoadedAsync(app.Lifetime.ApplicationStopping);
// After the demo data: demo accounts are made for the demo tenants the store holds.
await app.EnsureAccountsAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
