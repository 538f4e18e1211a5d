using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Zicht.Web.Tests;

/// <summary>The linkage review queue in Chromium: a case worker opens it from the work lists and accepts a review.</summary>
public sealed class BrowserLinkageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_case_worker_opens_the_queue_and_accepts_a_review()
    {
        var (review, signalPerson, candidate) = await PendingReviews.CreateAsync(browser.Database);
        string candidatePseudonym;
        await using (var db = browser.Database.CreateContext())
        {
            candidatePseudonym = await db.Persons.Where(p => p.Id == candidate).Select(p => p.Pseudonym).SingleAsync();
        }

        var worker = await browser.SignedInPageAsync("casemanager");
        await worker.ClickAsync("nav >> text=Werklijsten");
        await Assertions.Expect(worker.Locator("#reviews-heading")).ToContainTextAsync("(1)");
        await worker.ClickAsync("main a[href='/Reviews']");
        await Assertions.Expect(worker.Locator("h1")).ToHaveTextAsync("Koppelingsbeoordelingen");
        await worker.ClickAsync($"a[href='/Reviews/Details/{review}']");
        await Assertions.Expect(worker.Locator("#records-heading")).ToHaveTextAsync("Naast elkaar");
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync(candidatePseudonym);
        await worker.ClickAsync("text=Accepteren: zelfde persoon");

        await Assertions.Expect(worker.Locator("[role=status]")).ToContainTextAsync($"Beslist: dezelfde persoon. Het signaal hoort nu bij {candidatePseudonym}");
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync("Er staan geen beoordelingen open.");
        await using var check = browser.Database.CreateContext();
        Assert.Equal(candidate, (await check.Persons.SingleAsync(p => p.Id == signalPerson)).MergedIntoId);
        Assert.Equal(candidatePseudonym, (await check.Persons.SingleAsync(p => p.Id == candidate)).Pseudonym);
    }
}
