using System.Collections.Concurrent;

namespace Zicht.Web.Identity;

/// <summary>
/// Keys checked in the last <see cref="Lifetime"/>, by hash, so a busy partner system does not cost a database
/// read per call. A revocation clears the key here at once; another web instance notices it within the lifetime.
/// </summary>
public sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>A bound on memory: far more keys than any registry issues; beyond it the cache starts over.</summary>
    private const int MaximumEntries = 10_000;

    private readonly ConcurrentDictionary<string, (ApiKey Key, DateTimeOffset Checked)> _keys = new(StringComparer.Ordinal);

    public ApiKey? Find(string hash) =>
        _keys.TryGetValue(hash, out var entry) && clock.GetUtcNow() - entry.Checked < Lifetime ? entry.Key : null;

    public void Remember(ApiKey key)
    {
        if (_keys.Count >= MaximumEntries)
        {
            _keys.Clear();
        }

        _keys[key.Hash] = (key, clock.GetUtcNow());
    }

    public void Forget(string hash) => _keys.TryRemove(hash, out _);
}
