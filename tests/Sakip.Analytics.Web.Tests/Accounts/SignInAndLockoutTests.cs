using System.Net;
using Sakip.Analytics.Web.Accounts;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class SignInAndLockoutTests(AccountsFixture fixture)
{
    private const string WrongPassword = "Bukan-Sandinya-123!";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_and_then_the_right_one_is_refused_until_unlocked()
    {
        const string user = "perencana@kabupaten-jember";
        var right = fixture.DemoPassword(user);
        using var client = fixture.Host.Client();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.SignInAsync(user, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, failed.Status);
            Assert.Equal([AccountController.FailedMessage], failed.Errors);
        }

        var refused = await client.SignInAsync(user, right);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal([AccountController.FailedMessage], refused.Errors);
        Assert.False(client.HasAuthCookie);
        var lockedUntil = await fixture.WithUsersAsync(async users => (await users.FindByNameAsync(user))!.LockoutEnd);
        Assert.InRange(lockedUntil!.Value, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(15.1));

        using var admin = await fixture.SignedInAsync("admin");
        var id = await fixture.WithUsersAsync(async users => (await users.FindByNameAsync(user))!.Id);
        var usersPage = await admin.GetAsync("/admin/pengguna");
        Assert.NotNull(usersPage.Document.QuerySelector($"tr[data-user='{user}'] [data-locked='true']"));
        var unlocked = await admin.SubmitAsync("/admin/pengguna", $"/admin/pengguna/{id}/buka-kunci", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, unlocked.Status);

        var signedIn = await client.SignInAsync(user, right);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.True(client.HasAuthCookie);
    }

    [Fact]
    public async Task An_unknown_account_gets_the_same_answer_as_a_wrong_password_however_often_it_is_tried()
    {
        using var client = fixture.Host.Client();
        var wrong = await client.SignInAsync("operator@kabupaten-jember", WrongPassword);

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var unknown = await client.SignInAsync("tidak-ada@kabupaten-jember", WrongPassword);
            Assert.Equal(wrong.Status, unknown.Status);
            Assert.Equal(wrong.Errors, unknown.Errors);
        }

        Assert.Equal([AccountController.FailedMessage], wrong.Errors);
    }

    [Fact]
    public async Task Sign_in_returns_only_to_local_addresses()
    {
        const string user = "perencana@kota-dumai";
        using var local = fixture.Host.Client();
        var back = await local.SignInAsync(user, fixture.DemoPassword(user), "/kota-dumai?year=2022");
        Assert.Equal("/kota-dumai?year=2022", back.Location);

        using var foreign = fixture.Host.Client();
        var away = await foreign.SignInAsync(user, fixture.DemoPassword(user), "https://contoh.example/phish");
        Assert.Equal("/", away.Location);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await fixture.SignedInAsync("perencana@kabupaten-batu-bara");
        Assert.True(client.HasAuthCookie);

        var signedOut = await client.SubmitAsync("/akun/ganti-sandi", "/akun/keluar", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.False(client.HasAuthCookie);
        Assert.StartsWith("/akun/masuk", (await client.GetAsync("/akun/ganti-sandi")).Location, StringComparison.Ordinal);
    }
}
