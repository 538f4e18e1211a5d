using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Zicht.Web.Tests;

/// <summary>The application in Chromium: the signal-to-referral path, refusal, both languages, and axe-core's WCAG 2.1 AA checks.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_signaller_files_a_signal_and_a_case_worker_triages_it_and_refers()
    {
        var signaller = await browser.SignedInPageAsync("signaller.politie");
        await signaller.ClickAsync("nav >> text=Nieuw signaal");
        await signaller.CheckAsync("#form-Labour");
        await signaller.SelectOptionAsync("#LabourSector", "Agriculture");
        await signaller.CheckAsync("#indicator-RetentionOfIdentityDocuments");
        await signaller.CheckAsync("#consent-NotRequired");
        var name = "Browser" + Guid.NewGuid().ToString("N")[..6];
        await signaller.FillAsync("#FamilyName", name);
        await signaller.FillAsync("#EstimatedAge", "16");
        await signaller.FillAsync("#MunicipalityCode", "Amsterdam");
        await signaller.ClickAsync("text=Signaal registreren");
        await Assertions.Expect(signaller.Locator("[role=status]")).ToContainTextAsync("het signaal is geregistreerd");

        Guid caseId;
        await using (var db = browser.Database.CreateContext())
        {
            var personId = (await db.Signals.Where(s => s.MunicipalityCode == "GM0363").ToListAsync()).Single(s => s.FamilyName == name).PersonId;
            caseId = await db.Cases.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync();
        }

        var worker = await browser.SignedInPageAsync("casemanager");
        await worker.GotoAsync($"/Cases/Details/{caseId}");
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync(name);
        await worker.ClickAsync("main >> text=Triage");
        await worker.CheckAsync("#vulnerability-Minor");
        await worker.CheckAsync("#vulnerability-EmployerDependentHousing");
        await worker.ClickAsync("text=Triage opslaan");
        var advice = worker.Locator("[role=status]");
        await Assertions.Expect(advice).ToContainTextAsync("Minderjarig: jeugdhulp en opvang");
        await Assertions.Expect(advice).ToContainTextAsync("Acuut");
        await worker.ClickAsync("text=Verwijzen naar Jeugdhulp");
        await Assertions.Expect(worker.Locator("#Help")).ToHaveValueAsync("YouthCare");
        await worker.ClickAsync("text=Verwijzing registreren");
        await Assertions.Expect(worker.Locator("#referrals-heading + div table")).ToContainTextAsync("Jeugdhulp");
        await Assertions.Expect(worker.Locator("#referrals-heading + div table")).ToContainTextAsync("Aangevraagd");
    }

    [Fact]
    public async Task A_municipality_user_cannot_open_a_case()
    {
        Guid caseId;
        await using (var db = browser.Database.CreateContext())
        {
            caseId = await db.Cases.Where(c => c.MunicipalityCode == "GM0363").Select(c => c.Id).FirstAsync();
        }

        var page = await browser.SignedInPageAsync("gemeente.amsterdam");
        await Assertions.Expect(page.Locator("nav")).Not.ToContainTextAsync("Dossiers");
        await page.GotoAsync($"/Cases/Details/{caseId}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Geen toegang");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("P-");
        await page.GotoAsync("/Figures");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Amsterdam (GM0363)");
    }

    [Fact]
    public async Task Dutch_and_English_both_render()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inloggen");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await page.ClickAsync("text=English");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.FillAsync("#UserName", "casemanager");
        await page.FillAsync("#Password", browser.Factory.Credentials.For("casemanager").Password);
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Work lists");
        await page.ClickAsync("text=Nederlands");
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Werklijsten");
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task Pages_pass_the_axe_core_WCAG_2_1_AA_checks(string language)
    {
        Guid caseId, suspectId;
        await using (var db = browser.Database.CreateContext())
        {
            caseId = await db.Cases.Select(c => c.Id).FirstAsync();
            suspectId = await db.Suspects.Select(s => s.Id).FirstAsync();
        }

        var reviewId = (await PendingReviews.CreateAsync(browser.Database, language == "nl" ? 0 : 1)).Review;

        var violations = new List<string>();
        var anonymous = await browser.NewPageAsync();
        await SetLanguageAsync(anonymous, language);
        await CheckAsync(anonymous, "/Account/Login", violations);

        // Every page in Dutch (the default); in English the pages whose text differs most, to keep the run short.
        var everything = language == "nl";
        foreach (var (user, paths) in new (string, string[])[]
        {
            ("signaller.ngo", ["/", "/Signals/New", "/Signals"]),
            ("casemanager", everything
                ? ["/Cases", $"/Cases/Details/{caseId}", $"/Cases/Triage/{caseId}", $"/Cases/Refer/{caseId}", $"/Cases/Edit/{caseId}", "/Work", "/Suspects", $"/Suspects/Details/{suspectId}",
                    "/Reviews", $"/Reviews/Details/{reviewId}", $"/Cases/Linkage/{caseId}"]
                : [$"/Cases/Details/{caseId}", $"/Cases/Triage/{caseId}", $"/Reviews/Details/{reviewId}", $"/Cases/Linkage/{caseId}"]),
            ("analyst", everything ? ["/Figures"] : []),
            ("admin", everything ? ["/Admin/Users", "/Admin/TriageRules", "/Admin/TriageRule", "/Admin/Audit", "/Account/Manage/TwoFactor"] : ["/Admin/TriageRules"]),
        })
        {
            var page = await browser.SignedInPageAsync(user);
            await SetLanguageAsync(page, language);
            foreach (var path in paths)
            {
                await CheckAsync(page, path, violations);
            }

            if (user == "signaller.ngo")
            {
                // The form with its error messages showing.
                await page.GotoAsync("/Signals/New");
                await page.ClickAsync("main button[type=submit]");
                await CheckAsync(page, null, violations);
            }
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static async Task SetLanguageAsync(IPage page, string language)
    {
        await page.GotoAsync("/Account/Login");
        if (language == "en" && await page.Locator("html[lang=nl]").CountAsync() == 1)
        {
            await page.ClickAsync("text=English");
        }
    }

    private static async Task CheckAsync(IPage page, string? path, List<string> violations)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        violations.AddRange(result.Violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
    }
}
