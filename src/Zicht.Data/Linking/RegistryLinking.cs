using Microsoft.EntityFrameworkCore;
using Zicht.Data.Audit;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Linkage.Incremental;

namespace Zicht.Data.Linking;

/// <summary>
/// Links signals to persons in the registry: on arrival (a known person, a new one, or a review for a case worker),
/// and afterwards by decisions: accept or reject a review, merge, undo a merge, split. Every decision is one
/// transaction with its audit entry; pseudonyms never change. One writer at a time, as the index requires.
/// </summary>
public sealed class RegistryLinking(ZichtDatabase database, Pseudonymizer pseudonyms, TimeProvider? clock = null) : IDisposable
{
    private const int Attempts = 3;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private RegistryLinker? _linker;

    /// <summary>The index, built from the database on first use (and again after a failed write).</summary>
    public async Task<RegistryLinker> LinkerAsync(CancellationToken ct = default)
    {
        if (_linker is { } ready)
        {
            return ready;
        }

        await using var db = database.CreateContext();
        return _linker = await RegistryLinker.BuildAsync(db, ct);
    }

    /// <summary>Stores a new signal linked to its person; a new person gets a pseudonym and a case.</summary>
    public Task<SignalLinkResult> RegisterAsync(Signal signal, string actor, CancellationToken ct = default) => WriteAsync(async () =>
    {
        var linker = await LinkerAsync(ct);
        var outcome = linker.Link(signal);
        var personId = Guid.Parse(outcome.ClusterId);
        return await InTransactionAsync(async db =>
        {
            var now = _clock.GetUtcNow();
            var isNew = !await db.Persons.AnyAsync(p => p.Id == personId, ct);
            if (isNew)
            {
                await AddPersonAsync(db, personId, signal, ct);
            }

            signal.LinkTo(personId);
            db.Signals.Add(signal);
            var reviews = new List<Guid>();
            if (outcome.Decision == LinkDecision.Review)
            {
                foreach (var candidate in outcome.Candidates.GroupBy(c => c.ClusterId).Select(g => g.MaxBy(c => c.Probability)!))
                {
                    var other = Guid.Parse(candidate.ClusterId);
                    if (other != personId)
                    {
                        var review = new LinkReview(Guid.CreateVersion7(), signal.Id, personId, other, candidate.Probability, now);
                        db.LinkReviews.Add(review);
                        reviews.Add(review.Id);
                    }
                }
            }

            await AuditTrail.AppendAsync(db, now, actor, AuditAction.Create, nameof(Signal), signal.Id.ToString("D"), personId, ct: ct);
            return new SignalLinkResult(signal.Id, personId, isNew, outcome.Decision, reviews);
        }, ct);
    });

    /// <summary>A case worker's decision on a review: the same person (merge into the candidate) or not.</summary>
    public Task DecideAsync(Guid reviewId, bool samePerson, string actor, CancellationToken ct = default) => WriteAsync(async () =>
    {
        (Guid Kept, Guid Absorbed)? merged = await InTransactionAsync<(Guid, Guid)?>(async db =>
        {
            var review = await db.LinkReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct)
                ?? throw new DomainException($"There is no review {reviewId}.");
            var now = _clock.GetUtcNow();
            review.Decide(samePerson, actor, now);
            await AuditTrail.AppendAsync(db, now, actor, AuditAction.Update, nameof(LinkReview), reviewId.ToString("D"), review.SignalPersonId, samePerson ? "same person" : "different person", ct);
            if (!samePerson)
            {
                return null;
            }

            var kept = await EffectiveAsync(db, review.CandidatePersonId, ct);
            var absorbed = await EffectiveAsync(db, review.SignalPersonId, ct);
            if (kept == absorbed)
            {
                return null;
            }

            await MergeCoreAsync(db, kept, absorbed, actor, $"review {reviewId:D}", now, ct);
            return (kept, absorbed);
        }, ct);
        if (merged is { } m)
        {
            (await LinkerAsync(ct)).Merge(m.Kept, m.Absorbed);
        }

        return true;
    });

    /// <summary>Merges two persons found to be one; the kept person's pseudonym and case stay the person's face.</summary>
    public Task<PersonMerge> MergeAsync(Guid kept, Guid absorbed, string actor, string reason, CancellationToken ct = default) => WriteAsync(async () =>
    {
        var merge = await InTransactionAsync(async db =>
        {
            var k = await EffectiveAsync(db, kept, ct);
            var a = await EffectiveAsync(db, absorbed, ct);
            if (k == a)
            {
                throw new DomainException("These are already one person.");
            }

            return await MergeCoreAsync(db, k, a, actor, reason, _clock.GetUtcNow(), ct);
        }, ct);
        (await LinkerAsync(ct)).Merge(merge.KeptPersonId, merge.AbsorbedPersonId);
        return merge;
    });

    /// <summary>Undoes a merge: the absorbed person (and those merged into it before) stand on their own again.</summary>
    public Task UndoMergeAsync(Guid mergeId, string actor, CancellationToken ct = default) => WriteAsync(async () =>
    {
        var (absorbed, signals) = await InTransactionAsync(async db =>
        {
            var merge = await db.PersonMerges.SingleOrDefaultAsync(m => m.Id == mergeId, ct)
                ?? throw new DomainException($"There is no merge {mergeId}.");
            var now = _clock.GetUtcNow();
            merge.Undo(actor, now);
            var absorbedPerson = await db.Persons.SingleAsync(p => p.Id == merge.AbsorbedPersonId, ct);
            if (absorbedPerson.MergedIntoId != merge.KeptPersonId)
            {
                throw new DomainException("This merge can no longer be undone: the persons were merged or split again since. Undo the later changes first.");
            }

            absorbedPerson.Unmerge();
            foreach (var p in await db.Persons.Where(p => merge.RepointedPersonIds.Contains(p.Id)).ToListAsync(ct))
            {
                p.Unmerge();
                p.MergeInto(merge.AbsorbedPersonId);
            }

            var group = merge.RepointedPersonIds.Append(merge.AbsorbedPersonId).ToList();
            var moved = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value)).Select(s => s.Id).ToListAsync(ct);
            await AuditTrail.AppendAsync(db, now, actor, AuditAction.Split, nameof(PersonMerge), mergeId.ToString("D"), merge.AbsorbedPersonId, "merge undone", ct);
            return (merge.AbsorbedPersonId, moved);
        }, ct);
        (await LinkerAsync(ct)).Move(signals, absorbed);
        return true;
    });

    /// <summary>Takes signals from a person to a new person, because they were someone else.</summary>
    public Task<PersonSplit> SplitAsync(Guid personId, IReadOnlyCollection<Guid> signalIds, string actor, string reason, CancellationToken ct = default) => WriteAsync(async () =>
    {
        if (signalIds.Count == 0)
        {
            throw new DomainException("A split names the signals that belong to someone else.");
        }

        var split = await InTransactionAsync(async db =>
        {
            var person = await EffectiveAsync(db, personId, ct);
            var group = await db.Persons.Where(p => p.Id == person || p.MergedIntoId == person).Select(p => p.Id).ToListAsync(ct);
            var all = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value)).OrderBy(s => s.SignalDate).ToListAsync(ct);
            var moving = all.Where(s => signalIds.Contains(s.Id)).ToList();
            if (moving.Count != signalIds.Count)
            {
                throw new DomainException("Some of these signals do not belong to this person.");
            }

            if (moving.Count == all.Count)
            {
                throw new DomainException("A split leaves at least one signal with the person.");
            }

            var now = _clock.GetUtcNow();
            var fresh = Guid.CreateVersion7();
            await AddPersonAsync(db, fresh, moving[0], ct);
            foreach (var s in moving)
            {
                s.LinkTo(fresh);
            }

            var record = new PersonSplit(Guid.CreateVersion7(), person, fresh, signalIds, actor, now, reason);
            db.PersonSplits.Add(record);
            await AuditTrail.AppendAsync(db, now, actor, AuditAction.Split, nameof(Person), fresh.ToString("D"), person, reason, ct);
            return record;
        }, ct);
        (await LinkerAsync(ct)).Move(signalIds, split.NewPersonId);
        return split;
    });

    private async Task<PersonMerge> MergeCoreAsync(ZichtDbContext db, Guid kept, Guid absorbed, string actor, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var absorbedPerson = await db.Persons.SingleOrDefaultAsync(p => p.Id == absorbed, ct) ?? throw new DomainException($"There is no person {absorbed}.");
        if (!await db.Persons.AnyAsync(p => p.Id == kept, ct))
        {
            throw new DomainException($"There is no person {kept}.");
        }

        absorbedPerson.MergeInto(kept);
        // Keep merges one level deep: who pointed at the absorbed person now points at the kept one.
        var repointed = await db.Persons.Where(p => p.MergedIntoId == absorbed).ToListAsync(ct);
        foreach (var p in repointed)
        {
            p.Unmerge();
            p.MergeInto(kept);
        }

        var merge = new PersonMerge(Guid.CreateVersion7(), kept, absorbed, repointed.Select(p => p.Id), actor, now, reason);
        db.PersonMerges.Add(merge);
        await AuditTrail.AppendAsync(db, now, actor, AuditAction.Merge, nameof(Person), absorbed.ToString("D"), kept, reason, ct);
        return merge;
    }

    private async Task AddPersonAsync(ZichtDbContext db, Guid personId, Signal first, CancellationToken ct)
    {
        var identity = first.Identity;
        var attempt = 0;
        var pseudonym = pseudonyms.ForPerson(identity, personId);
        // Two people with the same identifiers: the later takes the next pseudonym in the keyed sequence.
        while (await db.Persons.AnyAsync(p => p.Pseudonym == pseudonym, ct))
        {
            pseudonym = pseudonyms.ForPerson(identity, personId, ++attempt);
        }

        db.Persons.Add(new Person(personId, pseudonym, identity, first.Gender, first.Nationality, first.SignalDate));
        db.Cases.Add(new Case(Guid.CreateVersion7(), personId, first.SignalDate, first.MunicipalityCode));
    }

    private static async Task<Guid> EffectiveAsync(ZichtDbContext db, Guid personId, CancellationToken ct)
    {
        var merged = await db.Persons.Where(p => p.Id == personId).Select(p => new { p.MergedIntoId }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException($"There is no person {personId}.");
        return merged.MergedIntoId ?? personId;
    }

    public void Dispose() => _writer.Dispose();

    private async Task<T> WriteAsync<T>(Func<Task<T>> work)
    {
        await _writer.WaitAsync();
        try
        {
            return await work();
        }
        catch
        {
            // The index may now hold what the database does not (or the reverse): rebuild it on next use.
            _linker = null;
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<T> InTransactionAsync<T>(Func<ZichtDbContext, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = database.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await work(db);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Most likely another writer took the audit sequence number first: do the whole unit of work again.
            }

            await Task.Delay(Random.Shared.Next(5, 50), ct);
        }
    }
}
