using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zicht.Data.Audit;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Linkage.Incremental;
using Zicht.Linkage.Scoring;

namespace Zicht.Data.Linking;

/// <summary>
/// Links signals to persons in the registry: on arrival (a known person, a new one, or a review for a case worker),
/// and afterwards by decisions: accept or reject a review, merge, undo a merge, split. Every decision is one unit of
/// work with its audit entries; pseudonyms never change. One writer at a time, as the index requires; the index is
/// built once, kept in memory, and built again after a failed write (it may then hold what the database does not).
/// </summary>
public sealed partial class RegistryLinking : IAsyncDisposable
{
    private readonly UnitOfWork _work;
    private readonly Pseudonymizer _pseudonyms;
    private readonly GroupCommit<LinkedSignal, SignalLinkResult> _signals;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _build = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _swap = new();
    private readonly ILogger _log;
    private volatile RegistryLinker? _linker;
    private Task _reestimation = Task.CompletedTask;
    private Task _lastStored = Task.CompletedTask;
    private long _personChanges;
    private int _nextReestimation;
    private int _disposed;

    public RegistryLinking(UnitOfWork work, Pseudonymizer pseudonyms, ILogger<RegistryLinking>? log = null)
    {
        _work = work;
        _pseudonyms = pseudonyms;
        _log = log ?? NullLogger<RegistryLinking>.Instance;
        _signals = new GroupCommit<LinkedSignal, SignalLinkResult>(StoreAsync);
    }

    /// <summary>
    /// The model is estimated again, in the background, once the index holds this many times the signals it was
    /// estimated on (2: at every doubling), so weights learnt from a young registry are not kept for good.
    /// </summary>
    public double ReestimateGrowth { get; init; } = 2;

    /// <summary>The re-estimation running, or the last one (completed when none ran).</summary>
    public Task Reestimation => _reestimation;

    /// <summary>The index, built from the database on first use, again after a failed write, and once the registry has enough signals for a model.</summary>
    public async Task<RegistryLinker> LinkerAsync(CancellationToken ct = default)
    {
        if (Current is { } ready)
        {
            return ready;
        }

        await _build.WaitAsync(ct);
        try
        {
            if (Current is { } built)
            {
                return built;
            }

            var seen = _linker;
            await using var db = _work.Database.CreateContext();
            var linker = await RegistryLinker.BuildAsync(db, ct);
            // A re-estimation may have put a newer index in place meanwhile (this build may run outside the writer
            // lock, for a reviewer's explanation): that one stays, as this one may lack signals stored since its read.
            return Publish(linker, replacing: seen);
        }
        finally
        {
            _build.Release();
        }
    }

    /// <summary>Puts <paramref name="linker"/> in place if the index is still <paramref name="replacing"/>; returns the index in place.</summary>
    private RegistryLinker Publish(RegistryLinker linker, RegistryLinker? replacing)
    {
        lock (_swap)
        {
            if (ReferenceEquals(_linker, replacing))
            {
                _linker = linker;
            }

            return _linker ?? linker;
        }
    }

    /// <summary>Drops the index if it is still <paramref name="linker"/>, so the next use builds it again.</summary>
    private void Forget(RegistryLinker? linker)
    {
        lock (_swap)
        {
            if (ReferenceEquals(_linker, linker))
            {
                _linker = null;
            }
        }
    }

    /// <summary>The index as it stands, or null when it must be built (again).</summary>
    private RegistryLinker? Current => _linker is { HasModel: false, RecordCount: >= RegistryLinker.MinimumForModel } ? null : _linker;

    /// <summary>
    /// Stores a new signal linked to its person. A new person gets a pseudonym and a case; an uncertain link opens a
    /// review per candidate person, and until it is decided the signal stays with the person linkage gave it. Only
    /// the step in the index waits for other writers; the signals linked meanwhile are stored together in one
    /// transaction (group commit), in the order the index linked them.
    /// </summary>
    public async Task<SignalLinkResult> RegisterAsync(Signal signal, string actor, CancellationToken ct = default)
    {
        RegistryLinker? used = null;
        var stored = await WriteAsync(async () =>
        {
            used = await LinkerAsync(ct);
            var outcome = used.Link(signal);
            // Queued without the caller's token: a caller who stops waiting does not stop the write, and a
            // re-estimation waits for the write itself.
            var store = _signals.WriteAsync(new LinkedSignal(signal, actor, outcome), CancellationToken.None);
            _lastStored = store;
            ReestimateWhenGrown(used);
            return store;
        }, ct);
        try
        {
            return await stored.WaitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The index that linked the signal holds it now, the database does not. (A caller who stopped waiting
            // still has the signal stored: the index is right then.) An index put in place since read the database.
            Forget(used);
            throw;
        }
    }

    /// <summary>Starts a re-estimation when the registry has grown enough since the model was estimated (under the writer lock).</summary>
    private void ReestimateWhenGrown(RegistryLinker linker)
    {
        if (_stopping.IsCancellationRequested || !linker.HasModel || linker.RecordCount < ReestimateGrowth * linker.ModelRecords || linker.RecordCount < _nextReestimation || !_reestimation.IsCompleted)
        {
            return;
        }

        // Not again before the registry has grown by another twentieth, should this one be given up.
        _nextReestimation = linker.RecordCount + Math.Max(RegistryLinker.MinimumForModel, linker.RecordCount / 20);
        _reestimation = Task.Run(() => ReestimateLoggedAsync(linker.ModelRecords, _stopping.Token));
    }

    private async Task ReestimateLoggedAsync(int before, CancellationToken ct)
    {
        try
        {
            if (await ReestimateAsync(ct) is { ModelRecords: var records })
            {
                Reestimated(_log, records, before);
            }
            else
            {
                ReestimationGivenUp(_log);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The registry is stopping.
        }
        catch (Exception e)
        {
            // The index in use keeps linking; the next attempt comes after more signals.
            ReestimationFailed(_log, e);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Linkage model estimated again on {Records} signals (before: {Before}).")]
    private static partial void Reestimated(ILogger log, int records, int before);

    [LoggerMessage(Level = LogLevel.Information, Message = "Linkage re-estimation given up (a merge or split while reading, or too few signals); a later signal tries again.")]
    private static partial void ReestimationGivenUp(ILogger log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Linkage re-estimation failed; the current model stays in use.")]
    private static partial void ReestimationFailed(ILogger log, Exception e);

    /// <summary>
    /// Builds a new index from the database (reading the signals and estimating the model again) while the old one
    /// keeps linking, then, between two writes, catches it up with the signals stored meanwhile and puts it in place.
    /// A merge or split decided meanwhile is not in what it read: then it is given up, and a later signal tries again.
    /// </summary>
    /// <returns>The new linker once in place, or null when given up.</returns>
    private async Task<RegistryLinker?> ReestimateAsync(CancellationToken ct)
    {
        var changes = Interlocked.Read(ref _personChanges);
        RegistryLinker fresh;
        await using (var db = _work.Database.CreateContext())
        {
            fresh = await RegistryLinker.BuildAsync(db, ct);
        }

        await _writer.WaitAsync(ct);
        try
        {
            if (!fresh.HasModel || Interlocked.Read(ref _personChanges) != changes)
            {
                return null;
            }

            try
            {
                // Signals are stored in the order they were linked: once the last is, all are.
                await _lastStored;
            }
            catch (Exception)
            {
                // A signal that failed is not in the database, so not in what the new index reads either.
            }

            await using var db = _work.Database.CreateContext();
            await fresh.CatchUpAsync(db, ct);
            lock (_swap)
            {
                _linker = fresh;
            }

            return fresh;
        }
        finally
        {
            _writer.Release();
        }
    }

    private Task<IReadOnlyList<SignalLinkResult>> StoreAsync(IReadOnlyList<LinkedSignal> batch) =>
        _work.WriteAsync<IReadOnlyList<SignalLinkResult>>(async (db, audit) =>
        {
            var now = _work.Clock.GetUtcNow();
            var personIds = batch.Select(b => Guid.Parse(b.Outcome.ClusterId)).Distinct().ToList();
            var known = (await db.Persons.Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync()).ToHashSet();
            var results = new List<SignalLinkResult>(batch.Count);
            foreach (var (signal, actor, outcome) in batch)
            {
                var personId = Guid.Parse(outcome.ClusterId);
                var isNew = known.Add(personId);
                if (isNew)
                {
                    var caseId = await AddPersonAsync(db, personId, signal, default);
                    audit.Add(actor, AuditAction.Create, nameof(Person), personId, personId);
                    audit.Add(actor, AuditAction.Create, nameof(Case), caseId, personId);
                }

                signal.LinkTo(personId);
                db.Signals.Add(signal);
                audit.Add(actor, AuditAction.Create, nameof(Signal), signal.Id, personId);
                var reviews = new List<Guid>();
                if (outcome.Decision == LinkDecision.Review)
                {
                    var candidates = outcome.Candidates.GroupBy(c => c.ClusterId).Select(g => g.MaxBy(c => c.Probability)!).ToList();
                    var rejected = isNew ? [] : await RejectedAsync(db, personId, candidates.Select(c => Guid.Parse(c.ClusterId)).ToList());
                    foreach (var candidate in candidates)
                    {
                        var other = Guid.Parse(candidate.ClusterId);
                        if (other != personId && !rejected.Contains(other))
                        {
                            var review = new LinkReview(Guid.CreateVersion7(), signal.Id, personId, other, candidate.Probability, now);
                            db.LinkReviews.Add(review);
                            audit.Add(actor, AuditAction.Create, nameof(LinkReview), review.Id, personId);
                            reviews.Add(review.Id);
                        }
                    }
                }

                results.Add(new SignalLinkResult(signal.Id, personId, isNew, outcome.Decision, reviews));
            }

            return results;
        });

    /// <summary>
    /// A case worker's decision on a review: the same person (the signal's person is merged into the candidate, whose
    /// pseudonym stays) or a different one (the review closes and nothing moves).
    /// </summary>
    public Task<PersonMerge?> DecideAsync(Guid reviewId, bool samePerson, string actor, CancellationToken ct = default) => WriteAsync(async () =>
    {
        var merge = await _work.WriteAsync<PersonMerge?>(async (db, audit) =>
        {
            var review = await db.LinkReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct)
                ?? throw new DomainException($"There is no review {reviewId}.", $"Er is geen beoordeling {reviewId}.");
            var now = _work.Clock.GetUtcNow();
            review.Decide(samePerson, actor, now);
            audit.Add(actor, AuditAction.Update, nameof(LinkReview), reviewId, review.SignalPersonId, samePerson ? "same person" : "different person");
            if (!samePerson)
            {
                return null;
            }

            var kept = await EffectiveAsync(db, review.CandidatePersonId, ct);
            var absorbed = await EffectiveAsync(db, review.SignalPersonId, ct);
            return kept == absorbed ? null : await MergeCoreAsync(db, audit, kept, absorbed, actor, $"review {reviewId:N}", now, ct);
        }, ct);
        await AfterMergeAsync(merge, ct);
        return merge;
    }, ct);

    /// <summary>Merges two persons found to be one; the kept person's pseudonym and case stay the person's face.</summary>
    public Task<PersonMerge> MergeAsync(Guid kept, Guid absorbed, string actor, string reason, CancellationToken ct = default) => WriteAsync(async () =>
    {
        var merge = await _work.WriteAsync(async (db, audit) =>
        {
            var k = await EffectiveAsync(db, kept, ct);
            var a = await EffectiveAsync(db, absorbed, ct);
            if (k == a)
            {
                throw new DomainException("These are already one person.", "Dit is al één persoon.");
            }

            return await MergeCoreAsync(db, audit, k, a, actor, reason, _work.Clock.GetUtcNow(), ct);
        }, ct);
        await AfterMergeAsync(merge, ct);
        return merge;
    }, ct);

    /// <summary>Undoes a merge: the absorbed person (and those merged into it before) stand on their own again.</summary>
    public Task<PersonMerge> UndoMergeAsync(Guid mergeId, string actor, string? reason = null, CancellationToken ct = default) => WriteAsync(async () =>
    {
        var (merge, signals) = await _work.WriteAsync(async (db, audit) =>
        {
            var merge = await db.PersonMerges.SingleOrDefaultAsync(m => m.Id == mergeId, ct)
                ?? throw new DomainException($"There is no merge {mergeId}.", $"Er is geen samenvoeging {mergeId}.");
            var now = _work.Clock.GetUtcNow();
            merge.Undo(actor, now);
            var absorbedPerson = await db.Persons.SingleAsync(p => p.Id == merge.AbsorbedPersonId, ct);
            if (absorbedPerson.MergedIntoId != merge.KeptPersonId)
            {
                throw new DomainException("This merge can no longer be undone: the persons were merged or split again since. Undo the later changes first.", "Deze samenvoeging kan niet meer ongedaan worden gemaakt: de personen zijn sindsdien opnieuw samengevoegd of gesplitst. Maak eerst de latere wijzigingen ongedaan.");
            }

            absorbedPerson.Unmerge();
            foreach (var p in await db.Persons.Where(p => merge.RepointedPersonIds.Contains(p.Id)).ToListAsync(ct))
            {
                p.Unmerge();
                p.MergeInto(merge.AbsorbedPersonId);
            }

            var group = merge.RepointedPersonIds.Append(merge.AbsorbedPersonId).ToList();
            var moved = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value)).Select(s => s.Id).ToListAsync(ct);
            var why = string.IsNullOrWhiteSpace(reason) ? "merge undone" : $"merge undone: {reason.Trim()}";
            audit.Add(actor, AuditAction.Split, nameof(PersonMerge), mergeId, merge.AbsorbedPersonId, why);
            return (merge, moved);
        }, ct);
        await FollowAsync(linker => linker.Move(signals, merge.AbsorbedPersonId), ct);
        return merge;
    }, ct);

    /// <summary>Takes signals from a person to a new person (with its own pseudonym and case), because they were someone else.</summary>
    public Task<PersonSplit> SplitAsync(Guid personId, IReadOnlyCollection<Guid> signalIds, string actor, string reason, CancellationToken ct = default) => WriteAsync(async () =>
    {
        if (signalIds.Count == 0)
        {
            throw new DomainException("A split names the signals that belong to someone else.", "Een splitsing noemt de signalen die bij iemand anders horen.");
        }

        var split = await _work.WriteAsync(async (db, audit) =>
        {
            var person = await EffectiveAsync(db, personId, ct);
            var group = await db.Persons.Where(p => p.Id == person || p.MergedIntoId == person).Select(p => p.Id).ToListAsync(ct);
            var all = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value)).OrderBy(s => s.SignalDate).ToListAsync(ct);
            var moving = all.Where(s => signalIds.Contains(s.Id)).ToList();
            if (moving.Count != signalIds.Distinct().Count())
            {
                throw new DomainException("Some of these signals do not belong to this person.", "Sommige van deze signalen horen niet bij deze persoon.");
            }

            if (moving.Count == all.Count)
            {
                throw new DomainException("A split leaves at least one signal with the person.", "Een splitsing laat ten minste één signaal bij de persoon.");
            }

            var now = _work.Clock.GetUtcNow();
            var fresh = Guid.CreateVersion7();
            var caseId = await AddPersonAsync(db, fresh, moving[0], ct);
            foreach (var s in moving)
            {
                s.LinkTo(fresh);
            }

            var record = new PersonSplit(Guid.CreateVersion7(), person, fresh, moving.Select(s => s.Id), actor, now, reason);
            db.PersonSplits.Add(record);
            audit.Add(actor, AuditAction.Split, nameof(Person), fresh, person, reason);
            audit.Add(actor, AuditAction.Create, nameof(Case), caseId, fresh);
            return record;
        }, ct);
        await FollowAsync(linker => linker.Move(split.SignalIds, split.NewPersonId), ct);
        return split;
    }, ct);

    /// <summary>
    /// The closest comparison, by the model, between a signal and any of <paramref name="candidates"/>: what a
    /// reviewer sees side by side. Null when there is no model yet or none of them is in the index.
    /// </summary>
    public async Task<PairExplanation?> ExplainAsync(Guid signalId, IEnumerable<Guid> candidates, CancellationToken ct = default)
    {
        var linker = await LinkerAsync(ct);
        PairExplanation? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate != signalId && linker.TryExplain(signalId, candidate) is { } e && (best is null || e.TotalWeight > best.TotalWeight))
            {
                best = e;
            }
        }

        return best;
    }

    private Task AfterMergeAsync(PersonMerge? merge, CancellationToken ct) =>
        merge is null ? Task.CompletedTask : FollowAsync(linker => linker.Merge(merge.KeptPersonId, merge.AbsorbedPersonId), ct);

    /// <summary>
    /// Lets the index follow a committed merge, undone merge or split. Counted first (under the writer lock, before the
    /// index changes): a re-estimation that read the database before it is then given up. A rejected review changes
    /// nothing and comes nowhere near here, so a busy review queue does not hold re-estimation off. Without a model the
    /// index is a table of identifiers that does not follow merges and splits: it is built again (it is small).
    /// </summary>
    private async Task FollowAsync(Action<RegistryLinker> change, CancellationToken ct)
    {
        Interlocked.Increment(ref _personChanges);
        var linker = await LinkerAsync(ct);
        change(linker);
        if (!linker.HasModel)
        {
            Forget(linker);
        }
    }

    private static async Task<PersonMerge> MergeCoreAsync(ZichtDbContext db, AuditBatch audit, Guid kept, Guid absorbed, string actor, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var absorbedPerson = await db.Persons.SingleOrDefaultAsync(p => p.Id == absorbed, ct) ?? throw new DomainException($"There is no person {absorbed}.", $"Er is geen persoon {absorbed}.");
        if (!await db.Persons.AnyAsync(p => p.Id == kept, ct))
        {
            throw new DomainException($"There is no person {kept}.", $"Er is geen persoon {kept}.");
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
        audit.Add(actor, AuditAction.Merge, nameof(Person), absorbed, kept, reason);
        return merge;
    }

    /// <summary>Adds a person with a pseudonym from the signal's identifiers, and the person's case; returns the case id.</summary>
    private async Task<Guid> AddPersonAsync(ZichtDbContext db, Guid personId, Signal first, CancellationToken ct)
    {
        var identity = first.Identity;
        var attempt = 0;
        var pseudonym = _pseudonyms.ForPerson(identity, personId);
        // Two people with the same identifiers: the later takes the next pseudonym in the keyed sequence. The
        // earlier may be stored already or added in this unit of work.
        while (db.Persons.Local.Any(p => p.Pseudonym == pseudonym) || await db.Persons.AnyAsync(p => p.Pseudonym == pseudonym, ct))
        {
            pseudonym = _pseudonyms.ForPerson(identity, personId, ++attempt);
        }

        db.Persons.Add(new Person(personId, pseudonym, identity, first.Gender, first.Nationality, first.SignalDate));
        var opened = new Case(Guid.CreateVersion7(), personId, first.SignalDate, first.MunicipalityCode);
        db.Cases.Add(opened);
        return opened.Id;
    }

    /// <summary>
    /// Of <paramref name="others"/>, the persons a case worker already judged different from <paramref name="personId"/>:
    /// a later signal does not ask the same question again.
    /// </summary>
    private static async Task<HashSet<Guid>> RejectedAsync(ZichtDbContext db, Guid personId, List<Guid> others) =>
        (await db.LinkReviews
            .Where(r => r.Status == LinkReviewStatus.Rejected
                && ((r.SignalPersonId == personId && others.Contains(r.CandidatePersonId)) || (r.CandidatePersonId == personId && others.Contains(r.SignalPersonId))))
            .Select(r => r.SignalPersonId == personId ? r.CandidatePersonId : r.SignalPersonId)
            .ToListAsync()).ToHashSet();

    private static async Task<Guid> EffectiveAsync(ZichtDbContext db, Guid personId, CancellationToken ct)
    {
        var merged = await db.Persons.Where(p => p.Id == personId).Select(p => new { p.MergedIntoId }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException($"There is no person {personId}.", $"Er is geen persoon {personId}.");
        return merged.MergedIntoId ?? personId;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Signals already linked are stored before the registry stops; a re-estimation under way is given up (and,
        // with the stop requested, no signal starts another).
        await _stopping.CancelAsync();
        try
        {
            await _reestimation;
        }
        catch (Exception)
        {
            // Cancelled, or failed: the index it would have replaced is being dropped too.
        }

        await _signals.DisposeAsync();
        _writer.Dispose();
        _build.Dispose();
        _stopping.Dispose();
    }

    private async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken ct = default)
    {
        await _writer.WaitAsync(ct);
        try
        {
            return await write();
        }
        catch (Exception e) when (e is not DomainException)
        {
            // The index may now hold what the database does not (or the reverse): build it again on next use. A
            // broken rule is found before anything changes, in the database or in the index.
            lock (_swap)
            {
                _linker = null;
            }

            throw;
        }
        finally
        {
            _writer.Release();
        }
    }
}

/// <summary>A signal as the index linked it, waiting to be stored.</summary>
internal sealed record LinkedSignal(Signal Signal, string Actor, LinkOutcome Outcome);
