using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Organisations;

namespace Zicht.Web.Tests;

/// <summary>Walks every page with every role (and signed out) and checks it is allowed or refused as DESIGN.md §1 says.</summary>
public sealed class AuthorisationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Police = "signaller.politie";
    private const string Ngo = "signaller.ngo";
    private const string CaseWorker = "casemanager";
    private const string Analyst = "analyst";
    private const string Municipality = "gemeente.amsterdam";
    private const string Admin = "admin";
    private static readonly string[] Everyone = [Police, Ngo, CaseWorker, Analyst, Municipality, Admin];

    [Fact]
    public async Task Every_page_admits_exactly_the_roles_that_may_use_it()
    {
        var ids = await IdsAsync();
        (string Path, string[] Allowed)[] pages =
        [
            ("/", Everyone),
            ("/Account/Manage/TwoFactor", Everyone),
            ("/Signals", [Police, Ngo]),
            ("/Signals/New", [Police, Ngo]),
            ($"/Signals/Details/{ids.PoliceSignal}", [Police, Ngo]),
            ("/Cases", [CaseWorker]),
            ($"/Cases/Details/{ids.Case}", [CaseWorker]),
            ($"/Cases/Edit/{ids.Case}", [CaseWorker]),
            ($"/Cases/Triage/{ids.Case}", [CaseWorker]),
            ($"/Cases/Refer/{ids.Case}", [CaseWorker]),
            ($"/Cases/Help/{ids.Case}", [CaseWorker]),
            ($"/Cases/Victimisation/{ids.Case}", [CaseWorker]),
            ($"/Cases/BreakGlass/{ids.Case}", [CaseWorker]),
            ("/Work", [CaseWorker]),
            ("/Reviews", [CaseWorker]),
            ($"/Reviews/Details/{ids.Review}", [CaseWorker]),
            ($"/Cases/Linkage/{ids.Case}", [CaseWorker]),
            ("/Suspects", [CaseWorker]),
            ("/Suspects/New", [CaseWorker]),
            ($"/Suspects/Details/{ids.Suspect}", [CaseWorker]),
            ("/Figures", [Analyst, Municipality]),
            ("/Admin/Users", [Admin]),
            ("/Admin/TriageRules", [Admin]),
            ("/Admin/TriageRule", [Admin]),
            ($"/Admin/TriageRule/{ids.Rule}", [Admin]),
            ("/Admin/Audit", [Admin]),
        ];

        var wrong = new List<string>();
        using (var anonymous = new WebSession(host.Factory))
        {
            foreach (var (path, _) in pages)
            {
                var page = await anonymous.GetAsync(path);
                if (page.Status != HttpStatusCode.Redirect || page.Location?.Contains("/Account/Login", StringComparison.Ordinal) != true)
                {
                    wrong.Add($"signed out {path}: {(int)page.Status} {page.Location}");
                }
            }
        }

        foreach (var user in Everyone)
        {
            using var session = await WebSession.SignedInAsync(host.Factory, user);
            foreach (var (path, allowed) in pages)
            {
                var page = await session.GetAsync(path);
                var refused = page.Status == HttpStatusCode.Forbidden
                    || (page.Status == HttpStatusCode.Redirect && page.Location?.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);
                var admitted = page.Status == HttpStatusCode.OK
                    || (page.Status == HttpStatusCode.Redirect && !refused && page.Location?.Contains("/Account/Login", StringComparison.Ordinal) != true);
                // A signaller of another organisation is admitted to the page type but never sees another organisation's signal.
                if (user == Ngo && path.StartsWith("/Signals/Details/", StringComparison.Ordinal))
                {
                    admitted = page.Status == HttpStatusCode.NotFound;
                }

                if (allowed.Contains(user) ? !admitted : !refused)
                {
                    wrong.Add($"{user} {path}: {(int)page.Status} {page.Location} (expected {(allowed.Contains(user) ? "allowed" : "refused")})");
                }
            }
        }

        Assert.Empty(wrong);
    }

    private async Task<(Guid PoliceSignal, Guid Case, Guid Suspect, Guid Rule, Guid Review)> IdsAsync()
    {
        var review = (await PendingReviews.CreateAsync(host.Database)).Review;
        await using var db = host.Database.CreateContext();
        var police = Synthetic.SyntheticOrganisations.All.First(o => o.Type == OrganisationType.Police && o.MunicipalityCode == "GM0363").Id;
        var signal = await db.Signals.Where(s => s.OrganisationId == police).Select(s => s.Id).FirstAsync();
        var c = await db.Cases.Select(x => x.Id).FirstAsync();
        var suspect = await db.Suspects.Select(s => s.Id).FirstAsync();
        var rule = await db.TriageRules.Select(r => r.Id).FirstAsync();
        return (signal, c, suspect, rule, review);
    }
}
