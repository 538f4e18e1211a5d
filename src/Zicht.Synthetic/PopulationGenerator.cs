using Zicht.Data.Privacy;
using Zicht.Domain.Follow;
using Zicht.Domain.Organisations;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Reference;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;
using Zicht.Synthetic.Model;
using Zicht.Synthetic.Names;

namespace Zicht.Synthetic;

/// <summary>
/// Draws the true population of victims year by year, lets the organisations detect them, and turns the detected
/// into registry records: signals (with the variation of real registrations), cases, triage, help, later
/// victimisations and suspects with their prosecution. Chunk by chunk, so memory does not grow with the population.
/// </summary>
public sealed class PopulationGenerator
{
    private readonly SyntheticOptions _options;
    private readonly Pseudonymizer _pseudonyms;
    private readonly MunicipalityPicker _municipalities;
    private readonly DetectionModel _detection = new();
    private readonly RevictimisationHazard _hazard = RevictimisationHazard.Default;
    private long _sequence;

    public PopulationGenerator(SyntheticOptions options, IReadOnlyList<Municipality> municipalities, Pseudonymizer pseudonyms)
    {
        options.Validate();
        _options = options;
        _pseudonyms = pseudonyms;
        _municipalities = new MunicipalityPicker(municipalities);
    }

    public RevictimisationHazard Hazard => _hazard;

    /// <summary>Scale from the published yearly numbers to the requested number of registered persons.</summary>
    public double Scale
    {
        get
        {
            if (_options.Persons is not { } persons)
            {
                return 1;
            }

            var published = Enumerable.Range(_options.FromYear, _options.ToYear - _options.FromYear + 1).Sum(y => YearProfile.For(y).Registered);
            return persons / (double)published;
        }
    }

    /// <summary>Generates the chunks; <paramref name="yearDone"/> receives each year's truth after its last chunk.</summary>
    public IEnumerable<SyntheticChunk> Generate(Action<YearTruth>? yearDone = null)
    {
        var scale = Scale;
        for (var year = _options.FromYear; year <= _options.ToYear; year++)
        {
            var r = new Random(unchecked(_options.Seed * 1_000_003 + year));
            var targets = YearTargets.From(YearProfile.For(year), scale);
            var truth = new YearTruth(year);
            var chunk = new SyntheticChunk { Year = year };
            var suspectsPerRegistered = targets.Suspects / Math.Max(1, targets.Registered.Values.Sum());
            foreach (var ((group, minor), registeredWanted) in targets.Registered)
            {
                var rate = DetectionModel.RateOf(group, minor);
                var trueCount = StochasticRound(registeredWanted / rate, r);
                truth.True[(group, minor)] = trueCount;
                truth.Registered[(group, minor)] = 0;
                for (var i = 0; i < trueCount; i++)
                {
                    var frailty = DetectionModel.Frailty(r);
                    var detected = _detection.Detect(group, minor, frailty, r);
                    var pattern = 0;
                    for (var l = 0; l < detected.Length; l++)
                    {
                        pattern |= detected[l] ? 1 << l : 0;
                    }

                    truth.CapturePatterns[pattern] = truth.CapturePatterns.GetValueOrDefault(pattern) + 1;
                    if (pattern == 0)
                    {
                        continue;
                    }

                    truth.Registered[(group, minor)]++;
                    AddPerson(chunk, year, group, minor, detected, pattern, r);
                    if (chunk.Persons.Count >= _options.ChunkSize)
                    {
                        AddSuspects(chunk, targets, suspectsPerRegistered, r);
                        yield return chunk;
                        chunk = new SyntheticChunk { Year = year };
                    }
                }
            }

            if (chunk.Persons.Count > 0)
            {
                AddSuspects(chunk, targets, suspectsPerRegistered, r);
                yield return chunk;
            }

            yearDone?.Invoke(truth);
        }
    }

    private void AddPerson(SyntheticChunk chunk, int year, FormGroup group, bool minor, bool[] detected, int pattern, Random r)
    {
        var end = _options.EndDate;
        var personId = NewId(r);
        var firstDate = new DateOnly(year, 1, 1).AddDays(r.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        var nationality = Nationalities.Draw(year, group, minor, detected[(int)DetectionList.Immigration], r);
        var gender = DrawGender(group, minor, r);
        var age = minor ? r.Next(12, 18) : 18 + (int)Math.Min(47, -Math.Log(1 - r.NextDouble()) * 11);
        var dob = firstDate.AddYears(-age).AddDays(-r.Next(0, 365));
        var names = NameBank.For(nationality);
        var given = NameMaker.Given(gender == Gender.Male, names, r);
        var family = NameMaker.Family(nationality, names, r);
        var identity = new PersonIdentity(given, family, dob, r.NextDouble() < 0.3 ? DocumentNumber(r) : null, PlaceBank.Draw(nationality, r));
        var residence = Residence(nationality, r);
        var abroad = r.NextDouble() < (nationality == "NL" ? 0.03 : 0.12);
        var municipality = abroad ? null : _municipalities.Draw(r);
        var forms = Forms(group, r);

        var person = new Person(personId, _pseudonyms.ForPerson(identity, personId), identity, gender, nationality, firstDate);
        chunk.Persons.Add(person);
        chunk.Captures.Add((personId, pattern));

        // One signal per detecting list; the police sometimes file twice (two units, or the same unit again).
        var signallers = new List<Organisation>();
        foreach (var list in DetectionLists.All.Where(l => detected[(int)l]))
        {
            var candidates = SyntheticOrganisations.For(list);
            signallers.Add(candidates[r.Next(candidates.Count)]);
            if (list == DetectionList.Police && r.NextDouble() < 0.1)
            {
                signallers.Add(candidates[r.Next(candidates.Count)]);
            }
        }

        Shuffle(signallers, r);
        var date = firstDate;
        for (var s = 0; s < signallers.Count; s++)
        {
            if (s > 0)
            {
                date = date.AddDays(r.Next(0, 60));
                if (date > end)
                {
                    break;
                }
            }

            var organisation = signallers[s];
            var consent = organisation.RequiresConsent ? (r.NextDouble() < 0.85 ? ConsentStatus.Given : ConsentStatus.Refused) : ConsentStatus.NotRequired;
            var reported = s == 0 ? Mildly(identity, r) : Vary(identity, gender, nationality, r);
            int? estimatedAge = null;
            if (reported.DateOfBirth is null && r.NextDouble() < 0.8)
            {
                estimatedAge = Math.Max(10, Age.At(dob, date) + r.Next(-3, 4));
            }

            // A later signal now and then names another municipality: the person moved on, was exploited there as
            // well, or stays in a shelter elsewhere.
            var signalMunicipality = s > 0 && municipality is not null && r.NextDouble() < 0.1 ? _municipalities.Draw(r) : municipality;
            string? narrative = r.NextDouble() < 0.7 ? Narrative(forms, r) : null;
            if (consent == ConsentStatus.Refused)
            {
                // Without consent nothing identifying is passed on; an age estimate is not identifying.
                estimatedAge = Age.At(dob, date) + r.Next(-2, 3);
                reported = PersonIdentity.Empty;
                narrative = null;
            }

            var signal = Signal.Create(NewId(r), organisation, new SignalDetails
            {
                SignalDate = date,
                Forms = forms,
                LabourSector = forms.Any(f => f is ExploitationForm.Labour or ExploitationForm.Criminal) ? Sector(forms, r) : null,
                SexualExploitationType = forms.Contains(ExploitationForm.Sexual) ? (SexualExploitationType)r.Next(5) : null,
                Indicators = Indicators(forms, r),
                MunicipalityCode = signalMunicipality,
                CountryOfExploitation = abroad ? Pick(["BE", "DE", "FR", "ES", "IT", "GB", "LY", "NG"], r) : Countries.Netherlands,
                Nationality = r.NextDouble() < 0.95 ? nationality : null,
                Gender = r.NextDouble() < 0.97 ? gender : Gender.Unknown,
                Identity = reported,
                EstimatedAge = estimatedAge is { } e ? Math.Clamp(e, 0, Age.MaximumAge) : null,
                ResidenceStatus = residence,
                Consent = consent,
                VictimStatus = r.NextDouble() < 0.7 ? VictimStatus.Possible : r.NextDouble() < 0.85 ? VictimStatus.Actual : VictimStatus.NotAVictim,
                Narrative = narrative,
            }, end, new DateTimeOffset(date.ToDateTime(new TimeOnly(r.Next(8, 18), r.Next(60))), TimeSpan.Zero));
            signal.LinkTo(personId);
            chunk.Signals.Add(signal);
            chunk.SignalTruth.Add((signal.Id, personId));
        }

        AddCase(chunk, person, firstDate, municipality, minor, residence, group, nationality, r);
        AddVictimisations(chunk, personId, firstDate, minor, r);
    }

    private void AddCase(SyntheticChunk chunk, Person person, DateOnly opened, string? municipality, bool minor, ResidenceStatus residence, FormGroup group, string nationality, Random r)
    {
        var end = _options.EndDate;
        var @case = new Case(NewId(r), person.Id, opened, municipality);
        chunk.Cases.Add(@case);

        var assessedOn = opened.AddDays((int)(-Math.Log(1 - r.NextDouble()) * 10));
        if (assessedOn > end)
        {
            return;
        }

        var needs = new List<Vulnerability>();
        void Maybe(Vulnerability v, double p)
        {
            if (r.NextDouble() < p)
            {
                needs.Add(v);
            }
        }

        if (minor)
        {
            needs.Add(Vulnerability.Minor);
        }

        Maybe(Vulnerability.MildIntellectualDisability, minor ? 0.2 : 0.1);
        Maybe(Vulnerability.PsychiatricProblems, 0.2);
        Maybe(Vulnerability.Addiction, group == FormGroup.Criminal ? 0.3 : 0.1);
        Maybe(Vulnerability.Debts, 0.3);
        Maybe(Vulnerability.Homelessness, 0.15);
        Maybe(Vulnerability.Trauma, 0.4);
        Maybe(Vulnerability.Pregnancy, person.Gender == Gender.Female && !minor ? 0.05 : 0);
        Maybe(Vulnerability.EmployerDependentHousing, group is FormGroup.Labour or FormGroup.SexualAndLabour ? 0.5 : 0.02);
        Maybe(Vulnerability.Language, nationality == "NL" ? 0 : 0.6);
        Maybe(Vulnerability.IrregularResidence, residence == ResidenceStatus.Irregular ? 0.9 : 0);
        Maybe(Vulnerability.SocialIsolation, 0.2);
        Maybe(Vulnerability.NetworkThreat, 0.15);
        var score = needs.Count + (minor ? 3 : 0) + (needs.Contains(Vulnerability.Homelessness) ? 2 : 0) + (needs.Contains(Vulnerability.NetworkThreat) ? 2 : 0);
        var priority = score >= 6 ? Priority.Urgent : score >= 4 ? Priority.High : score >= 2 ? Priority.Normal : Priority.Low;
        chunk.Assessments.Add(new Assessment(NewId(r), @case.Id, assessedOn, needs, priority, r.NextDouble() < 0.5 ? "Intake afgerond; vervolggesprek gepland." : null));

        // What help is asked follows the needs; whether and how fast it comes depends on residence status, age and
        // municipality, not only on need: the disparity the monitor found.
        var asked = new List<HelpType>();
        if (minor)
        {
            asked.Add(HelpType.YouthCare);
        }

        if (needs.Contains(Vulnerability.Homelessness) || (!minor && r.NextDouble() < 0.35))
        {
            asked.Add(HelpType.Shelter);
        }

        if (needs.Contains(Vulnerability.PsychiatricProblems) || needs.Contains(Vulnerability.Trauma) && r.NextDouble() < 0.5)
        {
            asked.Add(HelpType.MentalHealth);
        }

        if (r.NextDouble() < 0.45)
        {
            asked.Add(HelpType.LegalAid);
        }

        if (residence is ResidenceStatus.Irregular or ResidenceStatus.Unknown && r.NextDouble() < 0.5)
        {
            asked.Add(HelpType.ResidenceScheme);
        }

        if (asked.Count == 0)
        {
            asked.Add(r.NextDouble() < 0.5 ? HelpType.AmbulatoryCare : HelpType.SpecialistCare);
        }

        var logit = 0.9 + ResidenceEffect(residence) + (minor ? 0.8 : 0) + _municipalities.HelpEffect(municipality);
        var pHelp = 1 / (1 + Math.Exp(-logit));
        var meanDelay = 25 * Math.Exp(-0.5 * logit);
        var anyHelp = false;
        foreach (var help in asked.Distinct())
        {
            var referredOn = assessedOn.AddDays(r.Next(0, 8));
            if (referredOn > end)
            {
                continue;
            }

            var referral = new Referral(NewId(r), @case.Id, help, referredOn, referredOn.AddDays(14));
            chunk.Referrals.Add(referral);
            if (r.NextDouble() < pHelp)
            {
                var start = referredOn.AddDays(1 + (int)(-Math.Log(1 - r.NextDouble()) * meanDelay));
                if (start > end)
                {
                    continue;
                }

                referral.Answer(ReferralStatus.Accepted, start);
                var stop = start.AddDays(r.Next(30, 400));
                chunk.HelpEpisodes.Add(new HelpEpisode(NewId(r), @case.Id, help, start, stop <= end ? stop : null, referral.Id));
                anyHelp = true;
            }
            else
            {
                var answeredOn = referredOn.AddDays(r.Next(3, 40));
                var u = r.NextDouble();
                if (u < 0.7 && answeredOn <= end)
                {
                    referral.Answer(u < 0.5 ? ReferralStatus.Declined : ReferralStatus.Withdrawn, answeredOn);
                }
            }
        }

        if (opened.AddYears(2) < end && r.NextDouble() < 0.7)
        {
            @case.Close(opened.AddDays(r.Next(365, 730)), referred: anyHelp && r.NextDouble() < 0.3);
        }
    }

    private void AddVictimisations(SyntheticChunk chunk, Guid personId, DateOnly from, bool minor, Random r)
    {
        var at = from;
        // A first new victimisation by the hazard; after it, a second is as likely again.
        for (var k = 0; k < 3; k++)
        {
            if (_hazard.Draw(minor, r) is not { } years)
            {
                return;
            }

            at = at.AddDays(Math.Max(1, (int)(years * 365.25)));
            if (at > _options.EndDate)
            {
                return;
            }

            var u = r.NextDouble();
            var offence = u < 0.2 ? OffenceType.Trafficking : u < 0.5 ? OffenceType.Assault : u < 0.7 ? OffenceType.Threat : u < 0.85 ? OffenceType.SexualViolence : OffenceType.Other;
            chunk.Victimisations.Add(new Victimisation(NewId(r), personId, at, offence, "Politie (registratie aangiften)"));
        }
    }

    private void AddSuspects(SyntheticChunk chunk, YearTargets targets, double perRegistered, Random r)
    {
        var end = _options.EndDate;
        var count = StochasticRound(chunk.Persons.Count * perRegistered, r);
        for (var i = 0; i < count; i++)
        {
            var victim = chunk.Persons[r.Next(chunk.Persons.Count)];
            var nationality = r.NextDouble() < 0.6 && victim.Nationality is { } n ? n : "NL";
            var gender = r.NextDouble() < 0.8 ? Gender.Male : Gender.Female;
            var names = NameBank.For(nationality);
            var registeredOn = victim.FirstSignalDate.AddDays(r.Next(0, 120));
            if (registeredOn > end)
            {
                continue;
            }

            var identity = new PersonIdentity(NameMaker.Given(gender == Gender.Male, names, r), NameMaker.Family(nationality, names, r), registeredOn.AddYears(-r.Next(19, 60)).AddDays(-r.Next(365)));
            // Criminal exploitation blurs the line: a few suspects are registered victims themselves.
            Guid? alsoVictim = r.NextDouble() < 0.02 ? chunk.Persons[r.Next(chunk.Persons.Count)].Id : null;
            if (alsoVictim == victim.Id)
            {
                alsoVictim = null;
            }

            var suspectId = NewId(r);
            var suspect = new Suspect(suspectId, _pseudonyms.ForSuspect(identity, suspectId), identity, gender, nationality, registeredOn, alsoVictim);
            suspect.AddVictim(victim.Id);
            for (var extra = r.NextDouble() < 0.3 ? r.Next(1, 3) : 0; extra > 0; extra--)
            {
                var other = chunk.Persons[r.Next(chunk.Persons.Count)];
                if (other.Id != alsoVictim)
                {
                    suspect.AddVictim(other.Id);
                }
            }

            chunk.Suspects.Add(suspect);
            AddProsecution(chunk, suspect, targets.DismissalShare, r);
        }
    }

    private void AddProsecution(SyntheticChunk chunk, Suspect suspect, double dismissalShare, Random r)
    {
        var end = _options.EndDate;
        if (r.NextDouble() >= 0.85)
        {
            return;
        }

        var inflow = suspect.RegisteredOn.AddDays(r.Next(0, 120));
        if (inflow > end)
        {
            return;
        }

        var prosecution = new Prosecution(NewId(r), suspect.Id, inflow);
        chunk.Prosecutions.Add(prosecution);
        var decidedOn = inflow.AddDays(r.Next(30, 365));
        if (decidedOn > end)
        {
            return;
        }

        var u = r.NextDouble();
        if (u < dismissalShare)
        {
            prosecution.Decide(ProsecutionDecision.Dismissal, decidedOn, (DismissalReason)(r.NextDouble() < 0.7 ? 0 : r.Next(1, 4)));
            MaybeReoffend(chunk, suspect.Id, decidedOn, 0.2, r);
            return;
        }

        if (u < dismissalShare + 0.05)
        {
            prosecution.Decide(ProsecutionDecision.OutOfCourtSettlement, decidedOn);
            MaybeReoffend(chunk, suspect.Id, decidedOn, 0.15, r);
            return;
        }

        prosecution.Decide(ProsecutionDecision.Summons, decidedOn);
        var verdictOn = decidedOn.AddDays(r.Next(90, 540));
        if (verdictOn > end)
        {
            return;
        }

        var v = r.NextDouble();
        var outcome = v < 0.75 ? VerdictOutcome.Conviction : v < 0.95 ? VerdictOutcome.Acquittal : v < 0.98 ? VerdictOutcome.Discharge : VerdictOutcome.Inadmissible;
        var verdict = prosecution.RecordVerdict(NewId(r), verdictOn, outcome);
        chunk.Verdicts.Add(verdict);
        if (outcome != VerdictOutcome.Conviction)
        {
            return;
        }

        verdict.Impose(NewId(r), SentenceType.Prison, months: r.Next(6, 73));
        if (r.NextDouble() < 0.4)
        {
            verdict.Impose(NewId(r), SentenceType.SuspendedPrison, months: r.Next(3, 13));
        }

        if (r.NextDouble() < 0.15)
        {
            verdict.Impose(NewId(r), SentenceType.CommunityService, hours: r.Next(40, 241));
        }

        // About a third of the convicted are supervised by the probation service.
        if (r.NextDouble() < 1.0 / 3)
        {
            var start = verdictOn.AddDays(r.Next(30, 400));
            if (start <= end)
            {
                var supervision = new Supervision(NewId(r), suspect.Id, verdict.Id, start);
                var stop = start.AddDays(r.Next(180, 1100));
                if (stop <= end)
                {
                    supervision.End(stop, r.NextDouble() < 0.75 ? SupervisionOutcome.Completed : SupervisionOutcome.Revoked);
                }

                chunk.Supervisions.Add(supervision);
            }
        }

        MaybeReoffend(chunk, suspect.Id, verdictOn, 0.25, r);
    }

    private void MaybeReoffend(SyntheticChunk chunk, Guid suspectId, DateOnly from, double probability, Random r)
    {
        if (r.NextDouble() >= probability)
        {
            return;
        }

        var at = from.AddDays(r.Next(30, 1500));
        if (at <= _options.EndDate)
        {
            chunk.Reoffences.Add(new Reoffence(NewId(r), suspectId, at, r.NextDouble() < 0.2 ? OffenceType.Trafficking : (OffenceType)r.Next(1, 6)));
        }
    }

    /// <summary>The first registration: the date of birth now and then unknown, the place of birth asked half the time.</summary>
    private static PersonIdentity Mildly(PersonIdentity truth, Random r) => truth with
    {
        DateOfBirth = r.NextDouble() < 0.1 ? null : truth.DateOfBirth,
        PlaceOfBirth = r.NextDouble() < 0.5 ? truth.PlaceOfBirth : null,
    };

    /// <summary>A later registration of the same person by another organisation, with the usual differences.</summary>
    private static PersonIdentity Vary(PersonIdentity truth, Gender gender, string nationality, Random r)
    {
        string? given = truth.GivenName, family = truth.FamilyName;
        var dob = truth.DateOfBirth;
        if (given is not null && NameVariation.HasTransliteration(given) && r.NextDouble() < 0.3)
        {
            given = NameVariation.Transliterate(given, r);
        }

        if (family is not null && NameVariation.HasTransliteration(family) && r.NextDouble() < 0.3)
        {
            family = NameVariation.Transliterate(family, r);
        }

        if (given is not null && given.Contains(' ', StringComparison.Ordinal) && r.NextDouble() < 0.5)
        {
            // Only the first of two given names, as many forms have room for.
            given = given[..given.IndexOf(' ', StringComparison.Ordinal)];
        }

        var place = r.NextDouble() < 0.5 ? truth.PlaceOfBirth : null;
        if (place is not null && PlaceBank.HasAlias(place) && r.NextDouble() < 0.3)
        {
            place = PlaceBank.Alias(place, r);
        }

        if (r.NextDouble() < 0.3)
        {
            given = given is null ? null : NameVariation.StripDiacritics(given);
            family = family is null ? null : NameVariation.StripDiacritics(family);
            place = place is null ? null : NameVariation.StripDiacritics(place);
        }

        if (place is not null && r.NextDouble() < 0.08)
        {
            place = NameVariation.Typo(place, r);
        }

        if (family is not null && NameVariation.HasParticle(family) && r.NextDouble() < 0.35)
        {
            family = NameVariation.VaryParticle(family, r);
        }

        if (family is not null && gender == Gender.Female && r.NextDouble() < 0.05)
        {
            family = NameVariation.Married(family, Pick(NameBank.For(nationality).Family, r), r);
        }

        if (r.NextDouble() < 0.12 && given is not null)
        {
            given = NameVariation.Typo(given, r);
        }

        if (r.NextDouble() < 0.12 && family is not null)
        {
            family = NameVariation.Typo(family, r);
        }

        if (dob is { } d)
        {
            var u = r.NextDouble();
            dob = u < 0.05 ? NameVariation.SwapDayMonth(d) ?? d : u < 0.09 ? NameVariation.DigitTypo(d, r) : u < 0.19 ? null : d;
        }

        if (r.NextDouble() < 0.04)
        {
            given = null;
        }

        if (r.NextDouble() < 0.03)
        {
            (given, family) = (family, given);
        }

        return new PersonIdentity(given, family, dob, r.NextDouble() < 0.5 ? truth.DocumentNumber : null, place);
    }

    private static ExploitationForm[] Forms(FormGroup group, Random r) => group switch
    {
        FormGroup.Sexual => [ExploitationForm.Sexual],
        FormGroup.Labour => [ExploitationForm.Labour],
        FormGroup.Criminal => r.NextDouble() < 0.15 ? [ExploitationForm.Labour, ExploitationForm.Criminal] : [ExploitationForm.Criminal],
        FormGroup.SexualAndLabour => [ExploitationForm.Sexual, ExploitationForm.Labour],
        _ => r.NextDouble() < 0.03 ? [ExploitationForm.OrganRemoval] : [ExploitationForm.Other],
    };

    private static LabourSector Sector(ExploitationForm[] forms, Random r)
    {
        if (!forms.Contains(ExploitationForm.Labour))
        {
            return LabourSector.Other;
        }

        var u = r.NextDouble();
        return u switch
        {
            < 0.18 => LabourSector.Agriculture,
            < 0.28 => LabourSector.MeatProcessing,
            < 0.38 => LabourSector.Construction,
            < 0.52 => LabourSector.Hospitality,
            < 0.60 => LabourSector.Cleaning,
            < 0.66 => LabourSector.DomesticWork,
            < 0.76 => LabourSector.Transport,
            < 0.82 => LabourSector.Manufacturing,
            < 0.85 => LabourSector.Shipping,
            < 0.89 => LabourSector.Retail,
            < 0.94 => LabourSector.Beauty,
            < 0.96 => LabourSector.Begging,
            _ => LabourSector.Other,
        };
    }

    private static List<Indicator> Indicators(ExploitationForm[] forms, Random r)
    {
        var list = new List<Indicator>();
        var all = Enum.GetValues<Indicator>();
        var labour = forms.Contains(ExploitationForm.Labour);
        foreach (var i in all)
        {
            var p = i switch
            {
                Indicator.AbuseOfVulnerability or Indicator.Deception => 0.45,
                Indicator.WithholdingOfWages or Indicator.ExcessiveOvertime or Indicator.AbusiveWorkingAndLivingConditions => labour ? 0.45 : 0.08,
                Indicator.DebtBondage or Indicator.TakesEarnings => 0.3,
                Indicator.PhysicalAndSexualViolence or Indicator.IntimidationAndThreats => labour ? 0.15 : 0.35,
                Indicator.Other => 0.03,
                _ => 0.1,
            };
            if (r.NextDouble() < p)
            {
                list.Add(i);
            }
        }

        return list;
    }

    private static string Narrative(ExploitationForm[] forms, Random r)
    {
        string[] sexual = ["Aangetroffen bij controle in een hotel; verklaart schulden te moeten afbetalen.", "Melding via hulpverlening: werkt in onvergunde prostitutie, geld wordt afgenomen.", "Jongere benaderd via sociale media; signalen van uitbuiting door vriend."];
        string[] labour = ["Bij inspectie aangetroffen; werkt zes dagen per week zonder loonstrook.", "Woont op het terrein van de werkgever; paspoort zou zijn ingenomen.", "Meldt loon dat wordt ingehouden voor huisvesting en vervoer."];
        string[] other = ["Signalen van dwang; verdere uitvraag nodig.", "Doorverwezen na intake; situatie onduidelijk."];
        var pool = forms.Contains(ExploitationForm.Sexual) ? sexual : forms.Contains(ExploitationForm.Labour) || forms.Contains(ExploitationForm.Criminal) ? labour : other;
        return pool[r.Next(pool.Length)];
    }

    private static Gender DrawGender(FormGroup group, bool minor, Random r)
    {
        var female = group switch
        {
            FormGroup.Sexual => minor ? 0.9 : 0.85,
            FormGroup.Labour => 0.25,
            FormGroup.Criminal => 0.3,
            FormGroup.SexualAndLabour => 0.7,
            _ => 0.45,
        };
        var u = r.NextDouble();
        return u < female ? Gender.Female : u < 0.995 ? Gender.Male : Gender.NonConforming;
    }

    private static ResidenceStatus Residence(string nationality, Random r)
    {
        if (nationality == "NL")
        {
            return ResidenceStatus.DutchNational;
        }

        if (Nationalities.IsEu(nationality))
        {
            return ResidenceStatus.EuCitizen;
        }

        var u = r.NextDouble();
        return u switch
        {
            < 0.40 => ResidenceStatus.AsylumSeeker,
            < 0.65 => ResidenceStatus.Irregular,
            < 0.77 => ResidenceStatus.TraffickingResidenceScheme,
            < 0.90 => ResidenceStatus.LawfulResident,
            _ => ResidenceStatus.Unknown,
        };
    }

    private static double ResidenceEffect(ResidenceStatus s) => s switch
    {
        ResidenceStatus.DutchNational => 0.5,
        ResidenceStatus.EuCitizen => -0.8,
        ResidenceStatus.AsylumSeeker => 0.2,
        ResidenceStatus.TraffickingResidenceScheme => 0.7,
        ResidenceStatus.LawfulResident => 0.1,
        ResidenceStatus.Irregular => -1.1,
        _ => -0.5,
    };

    private static string DocumentNumber(Random r) =>
        string.Create(9, r, (span, rand) =>
        {
            const string letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i < 2 || i == 8 ? letters[rand.Next(letters.Length)] : (char)('0' + rand.Next(10));
            }
        });

    private static T Pick<T>(IReadOnlyList<T> list, Random r) => list[r.Next(list.Count)];

    private static void Shuffle<T>(List<T> list, Random r)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static int StochasticRound(double x, Random r)
    {
        var floor = Math.Floor(x);
        return (int)floor + (r.NextDouble() < x - floor ? 1 : 0);
    }

    /// <summary>
    /// An id from the generator's own stream, so a seed reproduces the ids too. Its first six bytes count up, so
    /// ids are written in key order and inserts append to the indexes instead of landing all over them (the idea of
    /// version 7 ids, with a counter where those have a clock).
    /// </summary>
    private Guid NewId(Random r)
    {
        Span<byte> b = stackalloc byte[16];
        r.NextBytes(b);
        var n = ++_sequence;
        for (var i = 5; i >= 0; i--)
        {
            b[i] = (byte)n;
            n >>= 8;
        }

        b[7] = (byte)((b[7] & 0x0F) | 0x40);
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        return new Guid(b);
    }
}
