using Sakip.Analytics.Etl;
using Sakip.Analytics.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddEtl(watchInbox: true);
builder.AddWeb();

var app = builder.Build();
app.UseWeb();
await app.Services.GetRequiredService<DemoData>().EnsureLoadedAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
