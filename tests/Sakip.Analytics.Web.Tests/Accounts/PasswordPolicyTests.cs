using System.Net;
using Microsoft.AspNetCore.Identity;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Identity.OneTimePasswords;
using Sakip.Analytics.Web.Tests.Accounts.Support;

namespace Sakip.Analytics.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class PasswordPolicyTests(AccountsFixture fixture)
{
    [Theory]
    [InlineData("Pendek-1a", "minimal 12 karakter")]
    [InlineData("tanpa-huruf-besar-1", "huruf besar")]
    [InlineData("TANPA-HURUF-KECIL-1", "huruf kecil")]
    [InlineData("Tanpa-Angka-Sama-Sekali", "angka")]
    [InlineData("TanpaSimbolSama12", "simbol")]
    [InlineData("Aa1!Aa1!Aa1!Aa1!", "karakter yang berbeda")]
    public async Task The_host_refuses_weak_passwords_and_says_why(string password, string reason)
    {
        var errors = await fixture.WithUsersAsync(async users =>
        {
            var user = new SakipUser { UserName = "uji" };
            var results = new List<IdentityError>();
            foreach (var validator in users.PasswordValidators)
            {
                results.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
            }

            return results;
        });

        Assert.Contains(errors, e => e.Description.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generated_one_time_passwords_always_satisfy_the_policy()
    {
        var failures = await fixture.WithUsersAsync(async users =>
        {
            var count = 0;
            for (var i = 0; i < 200; i++)
            {
                foreach (var validator in users.PasswordValidators)
                {
                    count += (await validator.ValidateAsync(users, new SakipUser { UserName = "uji" }, OneTimePassword.Generate())).Succeeded ? 0 : 1;
                }
            }

            return count;
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public async Task The_change_password_page_refuses_a_weak_password_and_keeps_the_old_one()
    {
        const string user = "pimpinan@kabupaten-jember";
        using var client = await fixture.SignedInAsync(user);

        var page = await client.ChangePasswordAsync(fixture.DemoPassword(user), "password1234");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("huruf besar", StringComparison.Ordinal));
        Assert.Contains(page.Errors, e => e.Contains("simbol", StringComparison.Ordinal));
        using var again = await fixture.SignedInAsync(user);
    }
}
