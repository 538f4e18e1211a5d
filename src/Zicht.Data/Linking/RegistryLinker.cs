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

    private RegistryLinker(LinkageIndex? index, Dictionary<string, Guid> exact)
    {
        _index = index;
        _exact = exact;
    }

    /// <summary>Whether a trained model is used (false: only identical normalised identifiers link).</summary>
    public bool HasModel => _index is not null;

    public int RecordCount => _index?.RecordCount ?? _exact.Count;

    /// <summary>The model estimated from the registry's signals; null while there are too few.</summary>
    public LinkageModel? Model => _index?.Model;

    /// <summary>Reads the linked signals and builds the index; persons merged into others count as those others.</summary>
    public static async Task<RegistryLinker> BuildAsync(ZichtDbContext db, CancellationToken ct = default)
    {
        var mergedInto = await db.Persons.AsNoTracking().Where(p => p.MergedIntoId != null)
            .Select(p => new { p.Id, Into = p.MergedIntoId!.Value }).ToDictionaryAsync(p => p.Id, p => p.Into, ct);
        var ids = new List<string>();
        var rows = new List<IReadOnlyList<string?>>();
        var clusters = new List<string>();
        var exact = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var s in db.Signals.AsNoTracking().Where(s => s.PersonId != null).OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
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
            return new RegistryLinker(null, exact);
        }

        var settings = SettingsGuesser.Guess(SignalRecords.Columns, rows.Take(5000).ToList(), idColumn: null).Settings;
        var data = LinkageDataset.Create(settings, SignalRecords.Columns);
        data.AddRange(ids, rows);
        var model = LinkageEngine.Run(data, progress: null, ct).Model;
        var index = LinkageIndex.Create(model, data, clusters, new LinkageIndexOptions { NewClusterId = () => Guid.CreateVersion7().ToString("D") });
        return new RegistryLinker(index, exact);
    }

    /// <summary>Adds a new signal and says which person it belongs to (an existing one, or a new id).</summary>
    public LinkOutcome Link(Signal signal)
    {
        var id = signal.Id.ToString("D");
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
        _index is not null && Contains(left.ToString("D")) && Contains(right.ToString("D")) ? Explain(left, right) : null;

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

        var known = signalIds.Select(s => s.ToString("D")).Where(Contains).ToList();
        if (known.Count > 0)
        {
            _index.Split(known, person.ToString("D"));
        }
    }

    private bool Contains(string signalId)
    {
        try
        {
            _index!.ClusterOf(signalId);
            return true;
        }
        catch (KeyNotFoundException)
        {
            // A signal without identifying data was never added.
            return false;
        }
    }

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
