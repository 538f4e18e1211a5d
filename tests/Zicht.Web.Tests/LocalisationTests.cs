using Zicht.Web.Localisation;

namespace Zicht.Web.Tests;

/// <summary>Dutch by default, English by choice, and no label without its Dutch text.</summary>
public sealed class LocalisationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Pages_are_Dutch_by_default_and_English_after_the_switch_in_the_header()
    {
        using var session = await WebSession.SignedInAsync(host.Factory, "casemanager");
        var dutch = await session.GetAsync("/Cases");
        Assert.Contains("<html lang=\"nl\">", dutch.Html, StringComparison.Ordinal);
        Assert.Contains("Dossiers", dutch.Text, StringComparison.Ordinal);
        Assert.Contains("Werklijsten", dutch.Text, StringComparison.Ordinal);

        var switched = await session.PostAsync("/Cases", new() { ["culture"] = "en-GB", ["returnUrl"] = "/Cases" }, "/Language");
        Assert.Equal("/Cases", switched.Location);
        var english = await session.GetAsync("/Cases");
        Assert.Contains("<html lang=\"en\">", english.Html, StringComparison.Ordinal);
        Assert.Contains("Work lists", english.Text, StringComparison.Ordinal);
        Assert.Contains("Nederlands", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Werklijsten", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        using var session = new WebSession(host.Factory);
        var answer = await session.PostAsync("/Account/Login", new() { ["culture"] = "en-GB", ["returnUrl"] = "https://example.org/" }, "/Language");
        Assert.Equal("/", answer.Location);
    }

    [Fact]
    public void A_label_without_a_Dutch_text_fails_instead_of_showing_untranslated()
    {
        var strings = new Strings();
        Assert.Throws<KeyNotFoundException>(() => strings["A label nobody translated"]);
        Assert.All(Texts.Dutch, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }
}
