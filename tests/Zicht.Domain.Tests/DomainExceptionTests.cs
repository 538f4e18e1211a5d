using System.Globalization;
using Zicht.Domain.Triage;

namespace Zicht.Domain.Tests;

public sealed class DomainExceptionTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void A_Dutch_text_is_shown_to_Dutch_users_and_the_English_message_to_others()
    {
        var e = new DomainException("A case needs a name.", "Een dossier heeft een naam nodig.");

        Assert.Equal("Een dossier heeft een naam nodig.", e.MessageIn(Dutch));
        Assert.Equal("Een dossier heeft een naam nodig.", e.MessageIn(CultureInfo.GetCultureInfo("nl-BE")));
        Assert.Equal("A case needs a name.", e.MessageIn(English));
        Assert.Equal("A case needs a name.", e.Message);
    }

    [Fact]
    public void Without_a_Dutch_text_every_culture_gets_the_English_message()
    {
        var e = new DomainException("A case needs a name.");

        Assert.Null(e.Dutch);
        Assert.Equal("A case needs a name.", e.MessageIn(Dutch));
        Assert.Equal("A case needs a name.", e.MessageIn(English));
    }

    [Fact]
    public void A_broken_domain_rule_speaks_Dutch_and_keeps_its_English_message_and_dates()
    {
        var help = new HelpEpisode(Guid.NewGuid(), Guid.NewGuid(), HelpType.Shelter, new DateOnly(2026, 3, 10));

        var e = Assert.Throws<DomainException>(() => help.End(new DateOnly(2026, 3, 1)));

        Assert.Equal("A help episode cannot end (2026-03-01) before it starts (2026-03-10).", e.MessageIn(English));
        Assert.Equal("Een hulptraject kan niet eindigen (2026-03-01) voordat het begint (2026-03-10).", e.MessageIn(Dutch));
    }
}
