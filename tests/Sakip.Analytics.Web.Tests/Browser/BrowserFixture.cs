using System.Diagnostics;
using Microsoft.Playwright;

namespace Sakip.Analytics.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once for the collection. Playwright's own browser
/// download is never used: when /usr/bin/chromium is missing it is installed with apt-get (as root),
/// otherwise the fixture fails with a message saying how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots of the browser tests are saved (bin/.../screenshots unless SAKIP_SCREENSHOTS is set).</summary>
    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("SAKIP_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        EnsureChromium();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        if (!Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing and the tests do not run as root. Install Debian's Chromium (sudo apt-get install -y chromium) and run the tests again.");
        }

        Run("apt-get", "update -qq");
        Run("apt-get", "install -y -qq chromium");
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"apt-get install chromium did not provide {ChromiumPath}; the browser tests need Debian's Chromium.");
        }
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}) while installing Chromium for the browser tests: {error.Result}");
        }
    }
}
