using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Registry;
using Zicht.Linkage.Data;
using Zicht.Linkage.Incremental;
using Zicht.Linkage.Model;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;

namespace Zicht.Data.Linking;

/// <summary>
/// The registry's linkage index: every linked signal as a record, every person as a cluster (identified by the
/// person's id, so identifiers stay stable). The model is estimated without labels from the registry's own signals.
/// Holds identifying data in memory: it lives only inside the registry process.
/// </summary>
public sealed class RegistryLinker
{
    /// <summary>Below this many linkable signals there is too little to estimate a model: only identical identifiers link.</summary>
    public const int MinimumForModel = 50;

    private readonly LinkageIndex? _index;
    private readonly Dictionary<string, Guid> _exact;
    private readonly HashSet<Guid> _read;

    private RegistryLinker(LinkageIndex? index, Dictionary<string, Guid> exact, HashSet<Guid> read)
    {
        _index = index;
        _exact = exact;
        _read = read;
        ModelRecords = index?.RecordCount ?? 0;
    }

    /// <summary>How many signals the model was estimated on (0 without a model).</summary>
    public int ModelRecords { get; }

    /// <summary>Whether a trained model is used (false: only identical normalised identifiers link).</summary>
    public bool HasModel => _index is not null;

    public int RecordCount => _index?.RecordCount ?? _exact.Count;

    /// <summary>The model estimated from the registry's signals; null while there are too few.</summary>
    public LinkageModel? Model => _index?.Model;

    /// <summary>Reads the linked signals and builds the index; persons merged into others count as those others.</summary>
    public static async Task<RegistryLinker> BuildAsync(ZichtDbContext db, CancellationToken ct = default)
    {
        var mergedInto = await MergedIntoAsync(db, ct);
        var ids = new List<string>();
        var rows = new List<IReadOnlyList<string?>>();
        var clusters = new List<string>();
        var exact = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var read = new HashSet<Guid>();
        await foreach (var s in db.Signals.AsNoTracking().Where(s => s.PersonId != null).OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            read.Add(s.Id);
            if (!SignalRecords.IsLinkable(s))
            {
                continue;
            }

            var person = Effective(s.PersonId!.Value, mergedInto);
            ids.Add(s.Id.ToString("D"));
            rows.Add(SignalRecords.Row(s));
            clusters.Add(person.ToString("D"));
            exact.TryAdd(ExactKey(s), person);
        }

        if (ids.Count < MinimumForModel)
        {
            return new RegistryLinker(null, exact, read);
        }

        var settings = SettingsGuesser.Guess(SignalRecords.Columns, rows.Take(5000).ToList(), idColumn: null).Settings;
        var data = LinkageDataset.Create(settings, SignalRecords.Columns);
        data.AddRange(ids, rows);
        var model = LinkageEngine.Run(data, progress: null, ct).Model;
        var index = LinkageIndex.Create(model, data, clusters, new LinkageIndexOptions { NewClusterId = () => Guid.CreateVersion7().ToString("D") });
        return new RegistryLinker(index, exact, read);
    }

    /// <summary>
    /// Adds the signals stored since this index read the database (linked by another index: the one in use while this
    /// one was built, or another process's) to their persons, without linking them again. Returns how many were added.
    /// Only for an index with a model; the caller makes sure no merge or split happened since the read.
    /// </summary>
    public async Task<int> CatchUpAsync(ZichtDbContext db, CancellationToken ct = default)
    {
        if (_index is null)
        {
            throw new InvalidOperationException("Only an index with a model catches up; without one it is built again (it is small).");
        }

        var stored = await db.Signals.AsNoTracking().Where(s => s.PersonId != null).Select(s => s.Id).ToListAsync(ct);
        List<Guid> missing;
        lock (_read)
        {
            missing = stored.Where(id => !_read.Contains(id)).ToList();
        }

        if (missing.Count == 0)
        {
            return 0;
        }

        var mergedInto = await MergedIntoAsync(db, ct);
        var added = 0;
        foreach (var chunk in missing.Chunk(500))
        {
            foreach (var s in await db.Signals.AsNoTracking().Where(s => chunk.Contains(s.Id)).OrderBy(s => s.Id).ToListAsync(ct))
            {
                lock (_read)
                {
                    _read.Add(s.Id);
                }

                if (SignalRecords.IsLinkable(s))
                {
                    _index.Add(s.Id.ToString("D"), SignalRecords.Row(s), Effective(s.PersonId!.Value, mergedInto).ToString("D"));
                    added++;
                }
            }
        }

        return added;
    }

    /// <summary>Adds a new signal and says which person it belongs to (an existing one, or a new id).</summary>
    public LinkOutcome Link(Signal signal)
    {
        var id = signal.Id.ToString("D");
        lock (_read)
        {
            // Stored by this index's own caller: nothing to catch up with later.
            _read.Add(signal.Id);
        }

        if (!SignalRecords.IsLinkable(signal))
        {
            return new LinkOutcome(id, Guid.CreateVersion7().ToString("D"), LinkDecision.NewCluster, []);
        }

        if (_index is not null)
        {
            return _index.Link(id, SignalRecords.Row(signal));
        }

        lock (_exact)
        {
            var key = ExactKey(signal);
            if (_exact.TryGetValue(key, out var person))
            {
                return new LinkOutcome(id, person.ToString("D"), LinkDecision.Linked, []);
            }

            var fresh = Guid.CreateVersion7();
            _exact[key] = fresh;
            return new LinkOutcome(id, fresh.ToString("D"), LinkDecision.NewCluster, []);
        }
    }

    /// <summary>The comparison of two signals side by side, for a reviewer; null without a model.</summary>
    public PairExplanation? Explain(Guid left, Guid right) => _index?.Explain(left.ToString("D"), right.ToString("D"));

    /// <summary>As <see cref="Explain"/>, and null too when either signal is not in the index (it had no identifying data).</summary>
    public PairExplanation? TryExplain(Guid left, Guid right) =>
        Contains(left) && Contains(right) ? Explain(left, right) : null;

    public void Merge(Guid kept, Guid absorbed)
    {
        if (_index is not null && _index.RecordsOf(absorbed.ToString("D")).Count > 0 && _index.RecordsOf(kept.ToString("D")).Count > 0)
        {
            _index.Merge(kept.ToString("D"), absorbed.ToString("D"));
        }
    }

    /// <summary>Moves signals to a person's cluster (a new person after a split, or back after an undone merge).</summary>
    public void Move(IReadOnlyCollection<Guid> signalIds, Guid person)
    {
        if (_index is null)
        {
            return;
        }

        var known = signalIds.Where(Contains).Select(s => s.ToString("D")).ToList();
        if (known.Count > 0)
        {
            _index.Split(known, person.ToString("D"));
        }
    }

    /// <summary>Whether the index holds a signal (one without identifying data is never added).</summary>
    public bool Contains(Guid signalId) => _index?.Contains(signalId.ToString("D")) ?? false;

    /// <summary>Every merged person and the person it was merged into.</summary>
    private static Task<Dictionary<Guid, Guid>> MergedIntoAsync(ZichtDbContext db, CancellationToken ct) =>
        db.Persons.AsNoTracking().Where(p => p.MergedIntoId != null)
            .Select(p => new { p.Id, Into = p.MergedIntoId!.Value }).ToDictionaryAsync(p => p.Id, p => p.Into, ct);

    private static Guid Effective(Guid person, Dictionary<Guid, Guid> mergedInto)
    {
        // Merges are kept one level deep (re-pointed on every merge), but follow a chain defensively.
        for (var i = 0; i < 16 && mergedInto.TryGetValue(person, out var into); i++)
        {
            person = into;
        }

        return person;
    }

    private static string ExactKey(Signal s) =>
        string.Join('|', Privacy.Pseudonymizer.Normalise(s.GivenName), Privacy.Pseudonymizer.Normalise(s.FamilyName), s.DateOfBirth?.DayNumber, s.DocumentNumber);
}
