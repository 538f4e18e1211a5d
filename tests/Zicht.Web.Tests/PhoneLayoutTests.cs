using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Zicht.Web.Tests;

/// <summary>
/// The application on a phone 375 CSS pixels wide in Chromium: the signal form fits without sideways scrolling
/// (also with its error messages), every entry of the main menu can be reached and opened, wide tables scroll
/// inside themselves, and the NL Design System's stylesheets load under the strict Content-Security-Policy.
/// </summary>
[Collection(Phone)]
public sealed class PhoneLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Run alone, not beside the other browser tests: a second Chromium and host at once only add load.</summary>
    public const string Phone = "Phone layout";

    private const int Width = 375;

    private async Task<IPage> PhoneAsync(string user)
    {
        var page = await browser.SignedInPageAsync(user);
        await page.SetViewportSizeAsync(Width, 812);
        return page;
    }

    /// <summary>How far the page reaches beyond the viewport sideways, and the visible elements that stick out.</summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var outside = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('main *, header *, nav, footer *')]
              .filter(e => e.getClientRects().length > 0 && !e.closest('.utrecht-table-container, .zicht-nav__list'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.right > window.innerWidth + 0.5 || r.left < -0.5; })
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'))
            """);
        Assert.True(overflow <= 0, $"{page.Url} is {overflow} px wider than the {Width} px screen.");
        Assert.True(outside.Length == 0, $"{page.Url}: sticking out of the screen: {string.Join(", ", outside.Take(10))}");
    }

    [Fact]
    public async Task The_signal_form_fits_a_phone_without_sideways_scrolling()
    {
        var page = await PhoneAsync("signaller.ngo");
        await page.GotoAsync("/Signals/New");
        Assert.Equal(Width, await page.EvaluateAsync<int>("() => window.innerWidth"));
        await AssertFitsAsync(page);

        // With every field message showing as well.
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("[role=alert]")).ToBeVisibleAsync();
        await AssertFitsAsync(page);

        // Each field can be filled on the phone: the controls are on screen and at least the minimum target size.
        var small = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main button')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.width < 20 || r.height < 20; })
              .map(e => e.id || e.name || e.tagName)
            """);
        Assert.True(small.Length == 0, "Too small to tap: " + string.Join(", ", small));
    }

    [Theory]
    [InlineData("casemanager")]
    [InlineData("admin")]
    [InlineData("signaller.politie")]
    public async Task Every_entry_of_the_main_menu_can_be_reached_and_opened_on_a_phone(string user)
    {
        var page = await PhoneAsync(user);
        await page.GotoAsync("/");
        await AssertFitsAsync(page);

        var links = page.Locator("nav[aria-label] a");
        var count = await links.CountAsync();
        Assert.True(count >= 3, $"{user} has only {count} menu entries.");

        // Folded into one row: every entry at the same height, the menu no taller than one entry.
        var tops = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            tops.Add((int)Math.Round((await links.Nth(i).BoundingBoxAsync())!.Y));
        }

        Assert.Single(tops);

        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            await link.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(link).ToBeVisibleAsync();
            // Whole on screen, but for sub-pixel rounding at the screen's edge.
            await Assertions.Expect(link).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 0.98f });
        }

        // The last entry (furthest to the right, off screen at first) opens its page and is then marked as current.
        var last = links.Nth(count - 1);
        var href = await last.GetAttributeAsync("href");
        await last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + href);
        await Assertions.Expect(page.Locator($"nav[aria-label] a[href='{href}']")).ToHaveAttributeAsync("aria-current", "page");
        await AssertFitsAsync(page);
    }

    [Fact]
    public async Task Every_page_fits_a_phone()
    {
        Guid caseId, suspectId;
        await using (var db = browser.Database.CreateContext())
        {
            // A case with a referral and a suspect with a prosecution have the widest forms and tables.
            var referred = await db.Referrals.Select(r => r.CaseId).FirstOrDefaultAsync();
            caseId = referred != Guid.Empty ? referred : await db.Cases.Select(x => x.Id).FirstAsync();
            var prosecuted = await db.Prosecutions.Select(p => p.SuspectId).FirstOrDefaultAsync();
            suspectId = prosecuted != Guid.Empty ? prosecuted : await db.Suspects.Select(x => x.Id).FirstAsync();
        }

        foreach (var (user, paths) in new (string, string[])[]
        {
            ("signaller.ngo", ["/", "/Signals/New", "/Signals"]),
            ("casemanager", ["/Cases", $"/Cases/Details/{caseId}", $"/Cases/Triage/{caseId}", $"/Cases/Refer/{caseId}", $"/Cases/Help/{caseId}", $"/Cases/Victimisation/{caseId}", $"/Cases/Edit/{caseId}", $"/Cases/Linkage/{caseId}", "/Work", "/Reviews", "/Suspects", "/Suspects/New", $"/Suspects/Details/{suspectId}"]),
            ("analyst", ["/Figures"]),
            ("admin", ["/Admin/Users", "/Admin/TriageRules", "/Admin/TriageRule", "/Admin/Audit", "/Admin/ApiKeys", "/Account/Manage/TwoFactor"]),
        })
        {
            var page = await PhoneAsync(user);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await AssertFitsAsync(page);
            }
        }
    }

    [Fact]
    public async Task Wide_tables_scroll_inside_themselves_and_the_page_does_not()
    {
        var page = await PhoneAsync("casemanager");
        await page.GotoAsync("/Cases");
        await AssertFitsAsync(page);
        var container = page.Locator("main .utrecht-table-container").First;
        Assert.Equal("auto", await container.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
        Assert.Equal("0", await container.GetAttributeAsync("tabindex"));
        var scrolls = await container.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth");
        Assert.True(scrolls, "The case table is expected to be wider than a phone, and to scroll within its container.");
    }

    [Fact]
    public async Task The_NL_Design_System_stylesheets_load_under_the_content_security_policy()
    {
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refused.Add(message.Text);
            }
        };
        var sheets = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(".css", StringComparison.Ordinal) || response.Url.Contains(".css?", StringComparison.Ordinal))
            {
                sheets.Add($"{response.Status} {new Uri(response.Url).AbsolutePath}");
            }
        };
        await page.SetViewportSizeAsync(Width, 812);
        await page.GotoAsync("/Account/Login");

        Assert.Contains("200 /lib/voorbeeld-design-tokens/theme.css", sheets);
        Assert.Contains("200 /lib/utrecht-component-library-css/index.css", sheets);
        Assert.Contains("200 /css/zicht.css", sheets);
        Assert.Empty(refused);

        // The tokens reach the components: the primary button has the theme's colour, not the browser's default.
        var button = page.Locator("main button.utrecht-button--primary-action");
        var background = await button.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var token = await button.EvaluateAsync<string>(
            "e => { const probe = document.createElement('span'); probe.style.color = 'var(--utrecht-button-primary-action-background-color)'; e.after(probe); const c = getComputedStyle(probe).color; probe.remove(); return c; }");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.Equal(token, background);
        Assert.StartsWith("\"Noto Sans\"", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        await AssertFitsAsync(page);
    }
}

[CollectionDefinition(PhoneLayoutTests.Phone, DisableParallelization = true)]
public sealed class PhoneLayoutRunsAlone;
