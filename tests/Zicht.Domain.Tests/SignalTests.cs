using Zicht.Domain;
using Zicht.Domain.Organisations;
using Zicht.Domain.Registry;

namespace Zicht.Domain.Tests;

public sealed class SignalTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private static readonly Organisation Police = new(Guid.NewGuid(), "Politie Eenheid Utrecht", OrganisationType.Police);
    private static readonly Organisation Ngo = new(Guid.NewGuid(), "Stichting Voorbeeld", OrganisationType.Ngo);

    private static SignalDetails Details(DateOnly? dob = null, int? estimatedAge = null, ConsentStatus consent = ConsentStatus.NotRequired) => new()
    {
        SignalDate = new DateOnly(2024, 3, 10),
        Forms = [ExploitationForm.Sexual],
        Consent = consent,
        Identity = new PersonIdentity("Anna", "de Vries", dob),
        EstimatedAge = estimatedAge,
    };

    [Fact]
    public void Minor_is_computed_at_signal_date_from_the_date_of_birth()
    {
        var turnsEighteenTheDayAfter = Signal.Create(Guid.NewGuid(), Police, Details(new DateOnly(2006, 3, 11)), Today, DateTimeOffset.UtcNow);
        var turnsEighteenThatDay = Signal.Create(Guid.NewGuid(), Police, Details(new DateOnly(2006, 3, 10)), Today, DateTimeOffset.UtcNow);

        Assert.Equal(17, turnsEighteenTheDayAfter.AgeAtSignal);
        Assert.True(turnsEighteenTheDayAfter.IsMinor);
        Assert.Equal(18, turnsEighteenThatDay.AgeAtSignal);
        Assert.False(turnsEighteenThatDay.IsMinor);
    }

    [Fact]
    public void Minor_falls_back_to_the_estimated_age_and_is_unknown_without_either()
    {
        Assert.True(Signal.Create(Guid.NewGuid(), Police, Details(estimatedAge: 15), Today, DateTimeOffset.UtcNow).IsMinor);
        var unknown = Signal.Create(Guid.NewGuid(), Police, Details(), Today, DateTimeOffset.UtcNow);
        Assert.Null(unknown.AgeAtSignal);
        Assert.Null(unknown.IsMinor);
    }

    [Fact]
    public void A_signal_cannot_lie_in_the_future()
    {
        var e = Assert.Throws<DomainException>(() => Signal.Create(Guid.NewGuid(), Police, Details() with { SignalDate = Today.AddDays(1) }, Today, DateTimeOffset.UtcNow));
        Assert.Contains("SignalDate", e.Message);
    }

    [Fact]
    public void A_date_of_birth_after_the_signal_is_refused()
    {
        var errors = SignalRules.Check(Police, Details(new DateOnly(2024, 4, 1)), Today);
        Assert.Contains(errors, e => e.Field == "DateOfBirth");
    }

    [Fact]
    public void Partners_other_than_investigating_services_need_consent_to_pass_on_identifying_data()
    {
        var refused = SignalRules.Check(Ngo, Details(consent: ConsentStatus.Refused), Today);
        Assert.Contains(refused, e => e.Field == "Consent");

        var notRequired = SignalRules.Check(Ngo, Details(consent: ConsentStatus.NotRequired), Today);
        Assert.Contains(notRequired, e => e.Field == "Consent");

        var anonymous = Details(consent: ConsentStatus.Refused) with { Identity = PersonIdentity.Empty };
        Assert.Empty(SignalRules.Check(Ngo, anonymous, Today));
        Assert.Empty(SignalRules.Check(Ngo, Details(consent: ConsentStatus.Given), Today));
        Assert.Empty(SignalRules.Check(Police, Details(consent: ConsentStatus.NotRequired), Today));
    }

    [Fact]
    public void A_labour_sector_needs_labour_or_criminal_exploitation()
    {
        var errors = SignalRules.Check(Police, Details() with { LabourSector = LabourSector.Construction }, Today);
        Assert.Contains(errors, e => e.Field == "LabourSector");
        Assert.Empty(SignalRules.Check(Police, Details() with { Forms = [ExploitationForm.Criminal], LabourSector = LabourSector.Other }, Today));
    }

    [Fact]
    public void A_signal_names_at_least_one_form_and_valid_country_codes()
    {
        var errors = SignalRules.Check(Police, Details() with { Forms = [], Nationality = "XZ", CountryOfExploitation = "Holland" }, Today);
        Assert.Contains(errors, e => e.Field == "Forms");
        Assert.Contains(errors, e => e.Field == "Nationality");
        Assert.Contains(errors, e => e.Field == "CountryOfExploitation");
    }

    [Fact]
    public void A_municipality_is_a_CBS_code_and_only_for_exploitation_in_the_Netherlands()
    {
        Assert.Contains(SignalRules.Check(Police, Details() with { MunicipalityCode = "0363" }, Today), e => e.Field == "MunicipalityCode");
        Assert.Contains(SignalRules.Check(Police, Details() with { MunicipalityCode = "GM0363", CountryOfExploitation = "BE" }, Today), e => e.Field == "MunicipalityCode");
        Assert.Empty(SignalRules.Check(Police, Details() with { MunicipalityCode = "GM0363" }, Today));
    }

    [Fact]
    public void Erasing_a_signal_removes_every_identifying_field()
    {
        var signal = Signal.Create(Guid.NewGuid(), Police, Details(new DateOnly(1990, 1, 2)) with { Narrative = "vrije tekst" }, Today, DateTimeOffset.UtcNow);
        signal.EraseIdentity();
        Assert.True(signal.Identity.IsEmpty);
        Assert.Null(signal.Narrative);
        Assert.Equal(34, signal.AgeAtSignal);
    }

    [Fact]
    public void Identity_never_prints_its_contents()
    {
        var identity = new PersonIdentity("Anna", "de Vries", new DateOnly(1990, 1, 2));
        Assert.DoesNotContain("Anna", identity.ToString());
        Assert.DoesNotContain("1990", identity.ToString());
    }

    [Fact]
    public void The_birth_year_comes_from_the_date_of_birth_or_the_estimated_age()
    {
        Assert.Equal(1990, Signal.Create(Guid.NewGuid(), Police, Details(new DateOnly(1990, 12, 31)), Today, DateTimeOffset.UtcNow).BirthYear);
        Assert.Equal(2024 - 30, Signal.Create(Guid.NewGuid(), Police, Details(estimatedAge: 30), Today, DateTimeOffset.UtcNow).BirthYear);
        Assert.Null(Signal.Create(Guid.NewGuid(), Police, Details(), Today, DateTimeOffset.UtcNow).BirthYear);
    }
}
