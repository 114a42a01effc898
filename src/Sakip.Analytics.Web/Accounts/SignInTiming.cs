using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Identity;
using Sakip.Analytics.Identity.OneTimePasswords;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>
/// A failed sign-in of an unknown or locked account costs the same password hash as a wrong password
/// of a known one, so the answer time does not tell whether an account exists.
/// </summary>
public sealed class SignInTiming
{
    private readonly PasswordHasher<SakipUser> hasher;
    private readonly SakipUser nobody = new() { UserName = "nobody" };
    private readonly Lazy<string> hash;

    public SignInTiming(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<SakipUser>(options);
        hash = new Lazy<string>(() => hasher.HashPassword(nobody, OneTimePassword.Generate()));
    }

    public void SpendPasswordCheck(string password) => hasher.VerifyHashedPassword(nobody, hash.Value, password);
}
