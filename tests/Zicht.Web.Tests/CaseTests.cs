using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Tests;

/// <summary>Cases: scope and break the glass, optimistic concurrency, triage with explained rules, referrals and work lists, audit.</summary>
public sealed class CaseTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_case_outside_the_scope_opens_only_after_breaking_the_glass_and_is_flagged_in_the_audit_trail()
    {
        const string user = "casemanager.utrecht";
        await CreateUserAsync(user, Roles.CaseWorker, "GM0344");
        Guid outside;
        await using (var db = host.Database.CreateContext())
        {
            outside = await db.Cases.Where(c => c.MunicipalityCode != "GM0344").Select(c => c.Id).FirstAsync();
        }

        using var session = await WebSession.SignedInAsync(host.Factory, user, Password);
        var first = await session.GetAsync($"/Cases/Details/{outside}");
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal($"/Cases/BreakGlass/{outside}", first.Location);
        Assert.DoesNotContain(outside.ToString(), (await session.GetAsync("/Cases")).Html, StringComparison.Ordinal);

        var tooShort = await session.PostAsync($"/Cases/BreakGlass/{outside}", new() { ["Reason"] = "nood" });
        Assert.Equal(HttpStatusCode.OK, tooShort.Status);
        Assert.Contains("id=\"Reason-error\"", tooShort.Html, StringComparison.Ordinal);

        await session.PostAsync($"/Cases/BreakGlass/{outside}", new() { ["Reason"] = "Acute melding van de politie over deze persoon" });
        var opened = await session.GetAsync($"/Cases/Details/{outside}");
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Contains("noodtoegang", opened.Text, StringComparison.Ordinal);

        await using var check = host.Database.CreateContext();
        var id = outside.ToString("N");
        var entries = await check.AuditEntries.Where(e => e.Actor == user && e.EntityId == id).ToListAsync();
        Assert.Contains(entries, e => e.Action == AuditAction.BreakTheGlass && e.Reason == "Acute melding van de politie over deze persoon");
        Assert.Contains(entries, e => e.Action == AuditAction.View && e.Reason is not null);
    }

    [Fact]
    public async Task The_glass_stays_broken_only_for_the_configured_time()
    {
        const string user = "casemanager.tijd";
        await CreateUserAsync(user, Roles.CaseWorker, "GM0014");
        Guid outside;
        await using (var db = host.Database.CreateContext())
        {
            outside = await db.Cases.Where(c => c.MunicipalityCode != "GM0014").OrderBy(c => c.OpenedOn).Select(c => c.Id).FirstAsync();
        }

        using var session = await WebSession.SignedInAsync(host.Factory, user, Password);
        await session.PostAsync($"/Cases/BreakGlass/{outside}", new() { ["Reason"] = "Spoedoverleg met de opvang vandaag" });
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/Cases/Details/{outside}")).Status);

        var scope = host.Factory.Services.GetRequiredService<CaseScope>();
        host.Factory.Clock.Offset = scope.BreakGlassWindow + TimeSpan.FromMinutes(1);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync($"/Cases/Details/{outside}")).Status);
        }
        finally
        {
            host.Factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_conflicting_edit_is_shown_to_the_second_user_and_nothing_is_lost_silently()
    {
        var caseId = await NewCaseAsync();
        using var first = await WebSession.SignedInAsync(host.Factory, "casemanager");
        await CreateUserAsync("casemanager.twee", Roles.CaseWorker, null);
        using var second = await WebSession.SignedInAsync(host.Factory, "casemanager.twee", Password);

        // Both open the form on version 0; the first saves "follow-up", the second then saves "closed".
        var path = $"/Cases/Edit/{caseId}";
        var form = await second.GetAsync(path);
        Assert.Contains("name=\"CaseVersion\" value=\"0\"", form.Html, StringComparison.Ordinal);
        var saved = await first.PostAsync(path, new() { ["CaseVersion"] = "0", ["Status"] = "FollowUp", ["Municipality"] = "GM0363" }, path + "?handler=Case");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var conflict = await second.PostAsync(path, new() { ["CaseVersion"] = "0", ["Status"] = "Closed", ["Municipality"] = "Rotterdam" }, path + "?handler=Case");

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Iemand anders wijzigde dit dossier", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("Opgeslagen door een ander: Nazorg", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Rotterdam\"", conflict.Html, StringComparison.Ordinal);
        await using (var db = host.Database.CreateContext())
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            Assert.Equal(CaseStatus.FollowUp, c.Status);
            Assert.Equal("GM0363", c.MunicipalityCode);
        }

        // Saving again, now knowingly over the first user's version, goes through.
        var version = System.Text.RegularExpressions.Regex.Match(conflict.Html, "name=\"CaseVersion\" value=\"(\\d+)\"").Groups[1].Value;
        var again = await second.PostAsync(path, new() { ["CaseVersion"] = version, ["Status"] = "Closed", ["Municipality"] = "Rotterdam" }, path + "?handler=Case");
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        await using var after = host.Database.CreateContext();
        Assert.Equal(CaseStatus.Closed, (await after.Cases.SingleAsync(x => x.Id == caseId)).Status);
    }

    [Fact]
    public async Task Two_editors_racing_on_the_same_version_cannot_both_win()
    {
        var caseId = await NewCaseAsync();
        var commands = host.Factory.Services.GetRequiredService<CaseCommands>();
        var actor = new Actor("casemanager", new HashSet<string> { Roles.CaseWorker }, null, null);

        var results = await Task.WhenAll(
            commands.UpdateCaseAsync(actor, caseId, 0, CaseStatus.FollowUp, null),
            commands.UpdateCaseAsync(actor, caseId, 0, CaseStatus.Closed, "GM0599"));

        Assert.Single(results, r => r.Saved);
        Assert.Single(results, r => !r.Saved && r.Current.Version > 0);
    }

    [Fact]
    public async Task Triage_says_which_rule_fired_and_why_and_the_referral_it_recommends_becomes_overdue_after_its_deadline()
    {
        var caseId = await NewCaseAsync();
        using var worker = await WebSession.SignedInAsync(host.Factory, "casemanager");
        var triage = $"/Cases/Triage/{caseId}";

        var result = await worker.PostAsync(triage, new() { ["Vulnerabilities"] = "Homelessness" });

        Assert.Contains("Triage opgeslagen", result.Text, StringComparison.Ordinal);
        Assert.Contains("Geen onderdak: opvang", result.Text, StringComparison.Ordinal);
        Assert.Contains("vanwege Dakloos", result.Text, StringComparison.Ordinal);
        Assert.Contains($"/Cases/Refer/{caseId}?help=Shelter", result.Html, StringComparison.Ordinal);
        await using (var db = host.Database.CreateContext())
        {
            Assert.Equal(Priority.High, (await db.Assessments.SingleAsync(a => a.CaseId == caseId)).Priority);
        }

        var followUp = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var referred = await worker.PostAsync($"/Cases/Refer/{caseId}?help=Shelter", new() { ["help"] = "Shelter", ["FollowUpBy"] = followUp });
        Assert.Equal(HttpStatusCode.Redirect, referred.Status);
        Assert.DoesNotContain(caseId.ToString(), (await worker.GetAsync("/Work")).Html.Split("nohelp-heading")[0], StringComparison.Ordinal);

        // The sign-in cookie lives hours, not days: sign in again at the later date.
        host.Factory.Clock.Offset = TimeSpan.FromDays(9);
        try
        {
            using var later = await WebSession.SignedInAsync(host.Factory, "casemanager");
            var work = await later.GetAsync("/Work");
            Assert.Contains($"/Cases/Details/{caseId}", work.Html.Split("nohelp-heading")[0], StringComparison.Ordinal);
        }
        finally
        {
            host.Factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task An_active_case_without_help_appears_on_the_work_list_until_help_starts()
    {
        var caseId = await NewCaseAsync();
        host.Factory.Clock.Offset = TimeSpan.FromDays(40);
        try
        {
            using var worker = await WebSession.SignedInAsync(host.Factory, "casemanager");
            Assert.Contains($"/Cases/Details/{caseId}", (await worker.GetAsync("/Work?Days=30")).Html, StringComparison.Ordinal);
            var today = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await worker.PostAsync($"/Cases/Help/{caseId}", new() { ["HelpType"] = "LegalAid", ["StartedOn"] = today });
            Assert.DoesNotContain($"/Cases/Details/{caseId}", (await worker.GetAsync("/Work?Days=30")).Html, StringComparison.Ordinal);
        }
        finally
        {
            host.Factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Opening_a_case_is_written_to_the_audit_trail_and_the_chain_verifies()
    {
        var caseId = await NewCaseAsync();
        using var worker = await WebSession.SignedInAsync(host.Factory, "casemanager");
        await worker.GetAsync($"/Cases/Details/{caseId}");

        await using (var db = host.Database.CreateContext())
        {
            var id = caseId.ToString("N");
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Actor == "casemanager" && e.Action == AuditAction.View && e.EntityId == id));
        }

        using var admin = await WebSession.SignedInAsync(host.Factory, "admin");
        var audit = await admin.GetAsync("/Admin/Audit?Actor=casemanager&Action=View");
        Assert.Contains(caseId.ToString("N"), audit.Html, StringComparison.Ordinal);
        var verified = await admin.PostAsync("/Admin/Audit", [], "/Admin/Audit?handler=Verify");
        Assert.Contains("De keten is intact", verified.Text, StringComparison.Ordinal);
    }

    internal const string Password = "Testwachtwoord123";

    private async Task CreateUserAsync(string name, string role, string? municipality)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZichtUser>>();
        if (await users.FindByNameAsync(name) is not null)
        {
            return;
        }

        var user = new ZichtUser { UserName = name, MunicipalityCode = municipality, DisplayName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>A new case from a fresh signal, so tests never share a case.</summary>
    private async Task<Guid> NewCaseAsync()
    {
        using var police = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        var name = "Test" + Guid.NewGuid().ToString("N")[..8];
        await police.PostAsync("/Signals/New", new Dictionary<string, string>(SignalTests.Minimal()) { ["FamilyName"] = name, ["Municipality"] = "GM0363" });
        await using var db = host.Database.CreateContext();
        var personId = (await db.Signals.Where(s => s.OrganisationId != Guid.Empty).ToListAsync()).Single(s => s.FamilyName == name).PersonId;
        return await db.Cases.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync();
    }
}
