using Zicht.Domain;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Domain.Tests;

public sealed class FollowAndPerpetratorTests
{
    private static readonly DateOnly Day = new(2023, 5, 1);

    [Fact]
    public void A_help_episode_cannot_end_before_it_starts()
    {
        var e = Assert.Throws<DomainException>(() => new HelpEpisode(Guid.NewGuid(), Guid.NewGuid(), HelpType.Shelter, Day, Day.AddDays(-1)));
        Assert.Contains("before it starts", e.Message);
        var ok = new HelpEpisode(Guid.NewGuid(), Guid.NewGuid(), HelpType.Shelter, Day);
        ok.End(Day);
        Assert.Equal(Day, ok.EndedOn);
    }

    [Fact]
    public void A_verdict_needs_a_prosecution_that_ended_in_a_summons()
    {
        var undecided = new Prosecution(Guid.NewGuid(), Guid.NewGuid(), Day);
        Assert.Throws<DomainException>(() => undecided.RecordVerdict(Guid.NewGuid(), Day.AddDays(100), VerdictOutcome.Conviction));

        var dismissed = new Prosecution(Guid.NewGuid(), Guid.NewGuid(), Day);
        dismissed.Decide(ProsecutionDecision.Dismissal, Day.AddDays(10), DismissalReason.InsufficientEvidence);
        Assert.Throws<DomainException>(() => dismissed.RecordVerdict(Guid.NewGuid(), Day.AddDays(100), VerdictOutcome.Conviction));

        var summoned = new Prosecution(Guid.NewGuid(), Guid.NewGuid(), Day);
        summoned.Decide(ProsecutionDecision.Summons, Day.AddDays(10));
        var verdict = summoned.RecordVerdict(Guid.NewGuid(), Day.AddDays(100), VerdictOutcome.Conviction);
        Assert.Equal(summoned.Id, verdict.ProsecutionId);
    }

    [Fact]
    public void A_dismissal_needs_its_reason_and_only_a_dismissal_has_one()
    {
        var p = new Prosecution(Guid.NewGuid(), Guid.NewGuid(), Day);
        Assert.Throws<DomainException>(() => p.Decide(ProsecutionDecision.Dismissal, Day));
        Assert.Throws<DomainException>(() => p.Decide(ProsecutionDecision.Summons, Day, DismissalReason.Policy));
        Assert.Throws<DomainException>(() => p.Decide(ProsecutionDecision.Summons, Day.AddDays(-1)));
        p.Decide(ProsecutionDecision.Dismissal, Day, DismissalReason.Policy);
        Assert.Throws<DomainException>(() => p.Decide(ProsecutionDecision.Summons, Day));
    }

    [Fact]
    public void Only_a_conviction_carries_a_sentence_and_a_sentence_states_its_size()
    {
        var p = new Prosecution(Guid.NewGuid(), Guid.NewGuid(), Day);
        p.Decide(ProsecutionDecision.Summons, Day);
        var acquittal = p.RecordVerdict(Guid.NewGuid(), Day.AddDays(90), VerdictOutcome.Acquittal);
        Assert.Throws<DomainException>(() => acquittal.Impose(Guid.NewGuid(), SentenceType.Prison, months: 12));

        var q = new Prosecution(Guid.NewGuid(), Guid.NewGuid(), Day);
        q.Decide(ProsecutionDecision.Summons, Day);
        var conviction = q.RecordVerdict(Guid.NewGuid(), Day.AddDays(90), VerdictOutcome.Conviction);
        Assert.Throws<DomainException>(() => conviction.Impose(Guid.NewGuid(), SentenceType.Prison));
        conviction.Impose(Guid.NewGuid(), SentenceType.Prison, months: 24);
        Assert.Single(conviction.Sentences);
    }

    [Fact]
    public void A_person_can_be_both_victim_and_suspect_but_not_their_own_victim()
    {
        var personId = Guid.NewGuid();
        var suspect = new Suspect(Guid.NewGuid(), "S-1", PersonIdentity.Empty, Gender.Male, "NL", Day, personId);
        Assert.Equal(personId, suspect.PersonId);
        Assert.Throws<DomainException>(() => suspect.AddVictim(personId));
        var victim = Guid.NewGuid();
        suspect.AddVictim(victim);
        suspect.AddVictim(victim);
        Assert.Single(suspect.Victims);
    }

    [Fact]
    public void A_referral_is_overdue_only_while_unanswered_after_its_follow_up_date()
    {
        var r = new Referral(Guid.NewGuid(), Guid.NewGuid(), HelpType.LegalAid, Day, Day.AddDays(14));
        Assert.False(r.IsOverdue(Day.AddDays(14)));
        Assert.True(r.IsOverdue(Day.AddDays(15)));
        r.Answer(ReferralStatus.Accepted, Day.AddDays(20));
        Assert.False(r.IsOverdue(Day.AddDays(30)));
        Assert.Throws<DomainException>(() => new Referral(Guid.NewGuid(), Guid.NewGuid(), HelpType.LegalAid, Day, Day.AddDays(-1)));
    }

    [Fact]
    public void Supervision_ends_with_an_outcome_and_not_before_it_starts()
    {
        var s = new Supervision(Guid.NewGuid(), Guid.NewGuid(), null, Day);
        Assert.Throws<DomainException>(() => s.End(Day.AddDays(10), SupervisionOutcome.Ongoing));
        Assert.Throws<DomainException>(() => s.End(Day.AddDays(-1), SupervisionOutcome.Completed));
        s.End(Day.AddDays(300), SupervisionOutcome.Revoked);
        Assert.Equal(SupervisionOutcome.Revoked, s.Outcome);
    }

    [Fact]
    public void A_stored_person_keeps_its_pseudonym()
    {
        var person = new Person(Guid.NewGuid(), "P-1", PersonIdentity.Empty, Gender.Female, "NG", Day);
        person.ResolvePseudonymCollision("P-2");
        Assert.Equal("P-2", person.Pseudonym);
        person.Touch();
        Assert.Throws<DomainException>(() => person.ResolvePseudonymCollision("P-3"));
    }

    [Fact]
    public void Erasure_removes_identifying_data_and_blocks_later_corrections()
    {
        var person = new Person(Guid.NewGuid(), "P-1", new PersonIdentity("Joy", "Osagie", new DateOnly(1999, 1, 1)), Gender.Female, "NG", Day);
        person.Erase(DateTimeOffset.UtcNow);
        Assert.True(person.Identity.IsEmpty);
        Assert.Equal("P-1", person.Pseudonym);
        Assert.Throws<DomainException>(() => person.CorrectIdentity(new PersonIdentity("Joy", null, null)));
    }
}
