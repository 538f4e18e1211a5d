using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zicht.Data.Storage;

namespace Zicht.Web.Tests;

/// <summary>
/// The application on a real Kestrel port on 127.0.0.1 and Debian's Chromium driven by Playwright (never a
/// downloaded browser). Without Chromium the browser tests skip on a developer machine and fail in CI.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "ZICHT_CHROMIUM";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private string? _missing;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ZichtWebFactory Factory { get; } = new(persons: 80);

    public string BaseUrl { get; private set; } = "";

    public ZichtDatabase Database => Factory.Services.GetRequiredService<ZichtDatabase>();

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _missing = $"No Chromium at {ChromiumPath} (install Debian's 'chromium' package; ./test.sh does as root, or set {ChromiumVariable}).";
            return;
        }

        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh browser context (its own cookies), or a skip (locally) or failure (CI) without Chromium.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_missing is not null)
        {
            if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
            {
                Assert.Fail(_missing);
            }

            Assert.Skip(_missing);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        // Generous waits, not a speed check: in CI every test project runs at once on two cores, beside the app's
        // own start-up work (seeding, building the linkage index), and a page can take far longer than usual.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Factory.Credentials.For(userName).Password);
        await page.ClickAsync("button[type=submit].utrecht-button--primary-action");

        // Poll the address and the signed-in header rather than WaitForURL: when the address already matches,
        // WaitForURL waits for a "load" event, and after this POST-redirect Playwright sometimes never records one.
        await Assertions.Expect(page).ToHaveURLAsync(BaseUrl + "/");
        await Assertions.Expect(page.Locator("form[action='/Account/Logout']")).ToBeAttachedAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
