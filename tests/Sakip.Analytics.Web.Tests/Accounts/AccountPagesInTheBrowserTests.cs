using Microsoft.Playwright;
using Sakip.Analytics.Web.Tests.Accounts.Support;
using Sakip.Analytics.Web.Tests.Browser;

namespace Sakip.Analytics.Web.Tests.Accounts;

/// <summary>The sign-in and admin pages in Debian's Chromium, under the app's real security headers; screenshots are kept.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AccountPagesInTheBrowserTests(AccountsFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_admin_signs_in_creates_a_pemda_with_a_unit_and_sees_the_users_without_any_browser_error()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Host.BaseAddress.ToString(), Locale = "id-ID" });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync("/admin/pemda");
        Assert.EndsWith("/akun/masuk?returnUrl=%2Fadmin%2Fpemda", page.Url, StringComparison.Ordinal);
        await Screenshot(page, "akun-masuk");
        await page.FillAsync("input[name=UserName]", "admin");
        await page.FillAsync("input[name=Password]", AccountsFixture.AdminPassword);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.WaitForURLAsync("**/admin/pemda");
        Assert.Equal("admin", (await page.TextContentAsync("#account-menu [data-nav=account]"))?.Trim());

        await page.FillAsync("#new-tenant input[name=Tenant]", "kota-peramban");
        await page.FillAsync("#new-tenant input[name=Name]", "Kota Peramban");
        await page.SelectOptionAsync("#new-tenant select[name=Kind]", "kota");
        await page.FillAsync("#new-tenant input[name=Province]", "Kalimantan Timur");
        await page.ClickAsync("#new-tenant button[type=submit]");
        await page.WaitForURLAsync("**/admin/pemda/kota-peramban");
        await page.FillAsync("#new-unit input[name=Unit]", "dinas-pendidikan");
        await page.FillAsync("#new-unit input[name=Name]", "Dinas Pendidikan");
        await page.SelectOptionAsync("#new-unit select[name=Kind]", "dinas");
        await page.FillAsync("#new-unit textarea[name=Aliases]", "Disdik");
        await page.ClickAsync("#new-unit button[type=submit]");
        await page.WaitForSelectorAsync("tr[data-unit=dinas-pendidikan]");
        Assert.Contains("Disdik", await page.TextContentAsync("tr[data-unit=dinas-pendidikan]") ?? "", StringComparison.Ordinal);
        await Screenshot(page, "admin-pemda-kota-peramban");

        await page.GotoAsync("/admin/pengguna");
        await page.WaitForSelectorAsync("tr[data-user='pimpinan@kota-dumai']");
        await Screenshot(page, "admin-pengguna");

        await page.ClickAsync("#logout-form button");
        await page.WaitForSelectorAsync("#account-menu [data-nav=login]");
        Assert.Empty(problems);
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png"), FullPage = true });
}
