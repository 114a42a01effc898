using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Web.Tests.Accounts.Support;
using Sakip.Analytics.Web.Tests.Hosting;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>Tenants as data: the platform admin creates a pemda and its units; the import then loads into them.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AdminTenantsTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Admin_creates_a_pemda_and_a_unit_each_in_the_audit_log_and_its_published_data_shows_on_the_api()
    {
        using var admin = await fixture.SignedInAsync("admin");

        var created = await admin.SubmitAsync("/admin/pemda", "/admin/pemda", new Dictionary<string, string>
        {
            ["Tenant"] = "kabupaten-contoh",
            ["Name"] = "Kabupaten Contoh",
            ["Kind"] = "kabupaten",
            ["Province"] = "Jawa Tengah",
            ["LowerIsBetterMethod"] = "two_target_minus_realization",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal("/admin/pemda/kabupaten-contoh", created.Location);
        var unit = await admin.SubmitAsync("/admin/pemda/kabupaten-contoh", "/admin/pemda/kabupaten-contoh/unit", new Dictionary<string, string>
        {
            ["Unit"] = "kecamatan-contoh",
            ["Name"] = "Kecamatan Contoh",
            ["Kind"] = "kecamatan",
            ["Aliases"] = "Kec. Contoh\nKecamatan Contoh Lama | Kec Contoh",
        });
        Assert.Equal(HttpStatusCode.Redirect, unit.Status);

        var page = await admin.GetAsync("/admin/pemda/kabupaten-contoh");
        var row = page.Document.QuerySelector("tr[data-unit='kecamatan-contoh']")!;
        Assert.All(["Kec. Contoh", "Kec Contoh", "Kecamatan Contoh Lama"], alias => Assert.Contains(alias, row.TextContent, StringComparison.Ordinal));
        Assert.NotNull((await admin.GetAsync("/admin/pemda")).Document.QuerySelector("tr[data-tenant='kabupaten-contoh']"));
        var audit = fixture.Host.Services.GetRequiredService<IAuditLog>().ForTenant("kabupaten-contoh", 10);
        Assert.Contains(audit, a => a is { Action: AuditActions.TenantCreated, Actor: "admin" });
        Assert.Contains(audit, a => a is { Action: AuditActions.UnitCreated, Actor: "admin" } && a.Detail!.StartsWith("kecamatan-contoh", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("#audit tr[data-action='unit_created']"));
        var units = fixture.Host.Services.GetRequiredService<ITenantAdministration>().Units("kabupaten-contoh");
        Assert.Equal(["Kec Contoh", "Kec. Contoh", "Kecamatan Contoh Lama"], Assert.Single(units).Aliases.Order(StringComparer.Ordinal));

        // A batch with facts only: the tenant and unit it names exist because the admin made them.
        var batch = Directory.CreateTempSubdirectory("sakip-admin-batch-").FullName;
        await File.WriteAllTextAsync(Path.Combine(batch, "ikm.csv"),
            "tenant,unit,year,ikm,mutu,source_document,source_table,source_line\n" +
            "kabupaten-contoh,kecamatan-contoh,2024,\"85,10\",B,uji-admin.pdf,Tabel 1,12\n");
        var run = await fixture.Host.Services.GetRequiredService<EtlEngine>().RunAsync(new ImportRequest(batch, "admin"), "test", CancellationToken.None);
        Assert.True(run.Status == EtlRunStatus.Succeeded, $"{run.Status}: {run.Message} {run.Errors}");
        Assert.True(fixture.Host.Services.GetRequiredService<IPublicationStore>().Publish("kabupaten-contoh", 2024, "ikm", "admin"));
        AccountHost.DeleteFolder(batch);

        var tenant = await ApiTenantAsync(admin.Http, "kabupaten-contoh");
        Assert.Equal("Kabupaten Contoh", tenant.Text("name"));
        Assert.Equal("Jawa Tengah", tenant.Text("province"));
    }

    [Theory]
    [InlineData("admin", "dipakai oleh aplikasi")]
    [InlineData("Kota Baru", "bukan slug yang sah")]
    [InlineData("kota-dumai", "sudah ada")]
    public async Task A_reserved_malformed_or_taken_slug_is_refused_with_the_reason(string slug, string reason)
    {
        using var admin = await fixture.SignedInAsync("admin");

        var page = await admin.SubmitAsync("/admin/pemda", "/admin/pemda", new Dictionary<string, string>
        {
            ["Tenant"] = slug,
            ["Name"] = "Pemda Uji",
            ["Kind"] = "kota",
            ["LowerIsBetterMethod"] = "target_over_realization",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(page.Errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_that_exists_already_is_refused()
    {
        using var admin = await fixture.SignedInAsync("admin");

        var page = await admin.SubmitAsync("/admin/pemda/kota-dumai", "/admin/pemda/kota-dumai/unit", new Dictionary<string, string>
        {
            ["Unit"] = "kecamatan-sungai-sembilan",
            ["Name"] = "Kecamatan Sungai Sembilan",
            ["Kind"] = "kecamatan",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("sudah ada", StringComparison.Ordinal));
    }

    /// <summary>The public list follows the data version, which the host re-reads every few seconds.</summary>
    private static async Task<System.Text.Json.JsonElement> ApiTenantAsync(HttpClient http, string slug)
    {
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
        for (var attempt = 0; ; attempt++)
        {
            var tenants = await anonymous.GetJsonAsync("/api/v1/tenants");
            var match = tenants.EnumerateArray().Where(t => t.Text("tenant") == slug).ToList();
            if (match.Count == 1 || attempt == 40)
            {
                return Assert.Single(match);
            }

            await Task.Delay(250);
        }
    }
}
