using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Analytics.Identity;

namespace Sakip.Analytics.Web.Tests.Accounts.Support;

/// <summary>
/// One host with the demo data and the demo accounts for the account tests. The first admin's
/// one-time password is replaced once here, so the tests can sign in as admin. Tests that lock or
/// change an account use an account of their own.
/// </summary>
public sealed class AccountsFixture : IAsyncLifetime
{
    public const string AdminPassword = "Uji-Admin-Sakip-2026!";

    public AccountHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = AccountHost.Start();
        using var client = Host.Client();
        var signIn = await client.SignInAsync("admin", Host.Sink.PasswordOf("admin"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        var changed = await client.ChangePasswordAsync(Host.Sink.PasswordOf("admin"), AdminPassword);
        Assert.True(changed.Status == HttpStatusCode.Redirect, string.Join("; ", changed.Errors));
    }

    public string DemoPassword(string userName) => Host.Sink.PasswordOf(userName);

    public async Task<AccountClient> SignedInAsync(string userName, string? password = null)
    {
        var client = Host.Client();
        var page = await client.SignInAsync(userName, password ?? (userName == "admin" ? AdminPassword : DemoPassword(userName)));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"sign-in of {userName} failed: {string.Join("; ", page.Errors)}");
        return client;
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<SakipUser>, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<SakipUser>>());
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsFixture>
{
    public const string Name = "accounts host";
}
