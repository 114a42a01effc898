using Sakip.Analytics.Identity.OneTimePasswords;

namespace Sakip.Analytics.Web.Tests.Accounts;

public sealed class ConsolePasswordSinkTests
{
    [Fact]
    public void Prints_every_credential_inside_one_banner_and_hides_passwords_from_ToString()
    {
        using var output = new StringWriter();
        var credential = new OneTimeCredential("admin", "Xy7#kLm9!pQr2@sTu4$v");

        new ConsoleOneTimePasswordSink(output).Deliver("Admin platform pertama", [credential, new OneTimeCredential("pimpinan@kota-dumai", "Ab3$cDe4%fGh5^iJk6&m")]);

        var text = output.ToString();
        Assert.Contains("ONE-TIME PASSWORDS", text, StringComparison.Ordinal);
        Assert.Contains("admin", text, StringComparison.Ordinal);
        Assert.Contains("Xy7#kLm9!pQr2@sTu4$v", text, StringComparison.Ordinal);
        Assert.Contains("Ab3$cDe4%fGh5^iJk6&m", text, StringComparison.Ordinal);
        Assert.Contains("never logged", text, StringComparison.Ordinal);
        Assert.DoesNotContain(credential.Password, credential.ToString(), StringComparison.Ordinal);
    }
}
