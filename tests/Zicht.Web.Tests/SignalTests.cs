using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Web.Tests;

/// <summary>The signal form: low threshold, field-level messages, and "a linked case exists" without disclosure.</summary>
public sealed class SignalTests(HostFixture host) : IClassFixture<HostFixture>
{
    internal static Dictionary<string, string> Minimal(string consent = "NotRequired") => new()
    {
        ["SignalDate"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Forms"] = "Labour",
        ["Consent"] = consent,
        ["CountryOfExploitation"] = "NL",
    };

    [Fact]
    public async Task A_signal_with_only_the_required_fields_is_registered_and_opens_a_case()
    {
        using var police = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        await using var db = host.Database.CreateContext();
        var before = await db.Cases.CountAsync();

        var answer = await police.PostAsync("/Signals/New", Minimal());

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/Signals", answer.Location);
        var list = await police.GetAsync("/Signals");
        Assert.Contains("het signaal is geregistreerd", list.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task A_second_signal_about_a_known_person_is_told_a_linked_case_exists_without_seeing_it()
    {
        using var police = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        using var ngo = await WebSession.SignedInAsync(host.Factory, "signaller.ngo");
        var person = new Dictionary<string, string>(Minimal()) { ["GivenName"] = "Anouk", ["FamilyName"] = "Testbergen", ["DateOfBirth"] = "1999-04-12", ["Municipality"] = "Utrecht" };
        await police.PostAsync("/Signals/New", person);

        var second = new Dictionary<string, string>(person) { ["Consent"] = "Given", ["GivenName"] = "anouk", ["Municipality"] = "GM0363" };
        var answer = await ngo.PostAsync("/Signals/New", second);
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        var list = await ngo.GetAsync("/Signals");

        Assert.Contains("er bestaat een gekoppeld dossier", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P-", list.Visible, StringComparison.Ordinal);
        Assert.DoesNotContain("/Cases/", list.Html, StringComparison.Ordinal);
        await using var db = host.Database.CreateContext();
        // Identifying fields are encrypted with a fresh nonce each time: compare them after decryption.
        var signals = (await db.Signals.ToListAsync()).Where(s => s.DateOfBirth == new DateOnly(1999, 4, 12)).ToList();
        Assert.Equal(2, signals.Count);
        Assert.Single(signals.Select(s => s.PersonId).Distinct());
        Assert.Equal(1, await db.Cases.CountAsync(c => c.PersonId == signals[0].PersonId));
    }

    [Fact]
    public async Task Broken_rules_are_shown_beside_their_fields_in_the_chosen_language()
    {
        using var ngo = await WebSession.SignedInAsync(host.Factory, "signaller.ngo");
        var wrong = new Dictionary<string, string>(Minimal("NotRequired")) { ["Forms"] = "Sexual", ["LabourSector"] = "Construction", ["Municipality"] = "Atlantis" };

        var dutch = await ngo.PostAsync("/Signals/New", wrong);

        Assert.Equal(HttpStatusCode.OK, dutch.Status);
        Assert.Contains("id=\"LabourSector-error\"", dutch.Html, StringComparison.Ordinal);
        Assert.Contains("Een sector hoort bij arbeidsuitbuiting", dutch.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"MunicipalityCode-error\"", dutch.Html, StringComparison.Ordinal);
        Assert.Contains("'Atlantis'", dutch.Text, StringComparison.Ordinal);

        await ngo.PostAsync("/", new() { ["culture"] = "en-GB", ["returnUrl"] = "/" }, "/Language");
        var english = await ngo.PostAsync("/Signals/New", wrong);
        Assert.Contains("id=\"Consent-error\"", english.Html, StringComparison.Ordinal);
        Assert.Contains("needs the person's consent", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signal_names_its_municipality_by_name_or_by_code()
    {
        using var police = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        foreach (var text in new[] { "Amsterdam", "GM0363", "Amsterdam (GM0363)", "amsterdam" })
        {
            var answer = await police.PostAsync("/Signals/New", new Dictionary<string, string>(Minimal()) { ["Municipality"] = text, ["Forms"] = "Criminal" });
            Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        }

        await using var db = host.Database.CreateContext();
        Assert.True(await db.Signals.CountAsync(s => s.MunicipalityCode == "GM0363" && s.Forms.Contains(Domain.Registry.ExploitationForm.Criminal) && s.SignalDate == DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1))) >= 4);
    }
}
