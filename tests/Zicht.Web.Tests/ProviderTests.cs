using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Tests;

/// <summary>The whole path on both providers: demo start, signal, case page; and the audit chain under concurrent writers.</summary>
public sealed class ProviderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_signal_filed_on_the_web_reaches_the_case_worker(DatabaseProvider provider)
    {
        await using var factory = new ZichtWebFactory(provider, persons: 60);
        using var police = await WebSession.SignedInAsync(factory, "signaller.politie");
        var name = "Provider" + Guid.NewGuid().ToString("N")[..6];
        var filed = await police.PostAsync("/Signals/New", new Dictionary<string, string>(SignalTests.Minimal()) { ["FamilyName"] = name, ["Municipality"] = "Rotterdam" });
        Assert.Equal(HttpStatusCode.Redirect, filed.Status);

        var database = factory.Services.GetRequiredService<ZichtDatabase>();
        Guid caseId;
        await using (var db = database.CreateContext())
        {
            var personId = (await db.Signals.Where(s => s.MunicipalityCode == "GM0599").ToListAsync()).Single(s => s.FamilyName == name).PersonId;
            caseId = await db.Cases.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync();
        }

        using var worker = await WebSession.SignedInAsync(factory, "casemanager");
        var page = await worker.GetAsync($"/Cases/Details/{caseId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(name, page.Text, StringComparison.Ordinal);
        Assert.Contains("Rotterdam (GM0599)", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_writers_never_fork_the_audit_chain(DatabaseProvider provider)
    {
        await using var factory = new ZichtWebFactory(provider, persons: 10);
        var registry = factory.Services.GetRequiredService<RegistryWork>();
        var actor = new Actor("auditor", new HashSet<string> { Roles.CaseWorker }, null, null);
        await using (var db = registry.Database.CreateContext())
        {
            await db.AuditEntries.ExecuteDeleteAsync();
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await registry.AuditAsync(actor, AuditAction.View, "Case", Guid.NewGuid(), null, ct: ct));

        await using var check = registry.Database.CreateContext();
        var entries = await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(40, entries.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Null(AuditChain.FirstBroken(entries));
    }
}
