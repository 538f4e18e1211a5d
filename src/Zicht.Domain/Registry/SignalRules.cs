using Zicht.Domain.Organisations;

namespace Zicht.Domain.Registry;

/// <summary>The rules a signal must meet, reported per field so a form can show them beside the field.</summary>
public static class SignalRules
{
    public static IReadOnlyList<FieldError> Check(Organisation organisation, SignalDetails d, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message, string dutch) => errors.Add(new FieldError(field, message, dutch));

        if (d.SignalDate > today)
        {
            Fail(nameof(d.SignalDate), $"the signal date {d.SignalDate:yyyy-MM-dd} lies in the future.", $"de signaaldatum {d.SignalDate:yyyy-MM-dd} ligt in de toekomst.");
        }

        if (d.Forms.Count == 0)
        {
            Fail(nameof(d.Forms), "name at least one form of exploitation (choose 'other or unknown' if unsure).", "kies minstens één uitbuitingsvorm (kies 'overig of onbekend' bij twijfel).");
        }

        if (d.LabourSector is not null && !d.Forms.Any(f => f is ExploitationForm.Labour or ExploitationForm.Criminal))
        {
            Fail(nameof(d.LabourSector), "a labour sector belongs with labour or criminal exploitation.", "een sector hoort bij arbeidsuitbuiting of criminele uitbuiting.");
        }

        if (d.SexualExploitationType is not null && !d.Forms.Contains(ExploitationForm.Sexual))
        {
            Fail(nameof(d.SexualExploitationType), "a type of sexual exploitation belongs with sexual exploitation.", "een soort seksuele uitbuiting hoort bij seksuele uitbuiting.");
        }

        if (!Countries.IsValid(d.CountryOfExploitation?.Trim().ToUpperInvariant()))
        {
            Fail(nameof(d.CountryOfExploitation), $"'{d.CountryOfExploitation}' is not an ISO 3166-1 alpha-2 country code.", $"'{d.CountryOfExploitation}' is geen landcode volgens ISO 3166-1 alpha-2.");
        }

        if (d.Nationality is not null && !Countries.IsValid(d.Nationality.Trim().ToUpperInvariant()))
        {
            Fail(nameof(d.Nationality), $"'{d.Nationality}' is not an ISO 3166-1 alpha-2 country code.", $"'{d.Nationality}' is geen landcode volgens ISO 3166-1 alpha-2.");
        }

        if (d.MunicipalityCode is not null && !MunicipalityCodes.IsWellFormed(d.MunicipalityCode))
        {
            Fail(nameof(d.MunicipalityCode), $"'{d.MunicipalityCode}' is not a CBS municipality code (GM followed by four digits).", $"'{d.MunicipalityCode}' is geen CBS-gemeentecode (GM gevolgd door vier cijfers).");
        }

        if (d.MunicipalityCode is not null && d.CountryOfExploitation?.Trim().ToUpperInvariant() != Countries.Netherlands)
        {
            Fail(nameof(d.MunicipalityCode), "a municipality is given only for exploitation in the Netherlands.", "een gemeente geeft u alleen op bij uitbuiting in Nederland.");
        }

        if (d.Identity.DateOfBirth is { } dob)
        {
            if (dob > d.SignalDate)
            {
                Fail("DateOfBirth", "the date of birth lies after the signal date.", "de geboortedatum ligt na de signaaldatum.");
            }
            else if (Age.At(dob, d.SignalDate) > Age.MaximumAge)
            {
                Fail("DateOfBirth", $"the date of birth gives an age over {Age.MaximumAge} at the signal date.", $"de geboortedatum geeft een leeftijd boven {Age.MaximumAge} op de signaaldatum.");
            }

            if (d.EstimatedAge is not null)
            {
                Fail(nameof(d.EstimatedAge), "give either a date of birth or an estimated age, not both.", "geef een geboortedatum of een geschatte leeftijd, niet allebei.");
            }
        }

        if (d.EstimatedAge is < 0 or > Age.MaximumAge)
        {
            Fail(nameof(d.EstimatedAge), $"an estimated age lies between 0 and {Age.MaximumAge}.", $"een geschatte leeftijd ligt tussen 0 en {Age.MaximumAge}.");
        }

        if (d.Consent == ConsentStatus.NotRequired && organisation.RequiresConsent)
        {
            Fail(nameof(d.Consent), $"a {organisation.Type} organisation needs the person's consent; 'not required' is only for police, border police and labour inspectorate.", "uw organisatie heeft de toestemming van de persoon nodig; 'niet nodig' geldt alleen voor politie, marechaussee en arbeidsinspectie.");
        }

        if (organisation.RequiresConsent && d.Consent != ConsentStatus.Given && (!d.Identity.IsEmpty || !string.IsNullOrWhiteSpace(d.Narrative)))
        {
            Fail(nameof(d.Consent), "without the person's consent this organisation may not pass on names, date of birth, document number or free text; leave them empty or record consent.", "zonder toestemming van de persoon mag uw organisatie geen namen, geboortedatum, documentnummer of vrije tekst doorgeven; laat die leeg of leg de toestemming vast.");
        }

        return errors;
    }
}
