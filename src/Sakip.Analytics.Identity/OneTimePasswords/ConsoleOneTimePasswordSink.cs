using System.Text;

namespace Sakip.Analytics.Identity.OneTimePasswords;

/// <summary>
/// Prints the credentials to standard output inside a banner, in one write so that log lines of
/// other threads cannot split it. Standard output, not the logger: log sinks keep and ship lines.
/// </summary>
public sealed class ConsoleOneTimePasswordSink(TextWriter output) : IOneTimePasswordSink
{
    private const string Rule = "==============================================================================";

    public ConsoleOneTimePasswordSink()
        : this(Console.Out)
    {
    }

    public void Deliver(string purpose, IReadOnlyList<OneTimeCredential> credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.Count == 0)
        {
            return;
        }

        var width = credentials.Max(c => c.UserName.Length) + 2;
        var text = new StringBuilder()
            .AppendLine()
            .AppendLine(Rule)
            .AppendLine($" SAKIP.ANALYTICS: KATA SANDI SEKALI TAMPIL / ONE-TIME PASSWORDS")
            .AppendLine($" {purpose}")
            .AppendLine(Rule);
        foreach (var credential in credentials)
        {
            text.AppendLine($"   {credential.UserName.PadRight(width)}{credential.Password}");
        }

        text.AppendLine(Rule)
            .AppendLine(" Dicetak sekali ini saja dan tidak disimpan di log: catat sekarang.")
            .AppendLine(" Printed this once only and never logged: write them down now.")
            .AppendLine(Rule)
            .AppendLine();
        output.Write(text.ToString());
        output.Flush();
    }
}
