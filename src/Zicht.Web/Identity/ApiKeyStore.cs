using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;
using Zicht.Web.Services;

namespace Zicht.Web.Identity;

/// <summary>
/// Issues, lists, revokes and checks API keys. A key is "zk_" and the base64url of 32 random bytes; the database
/// holds its SHA-256 only (a fast hash suffices for a 256-bit random secret: there is nothing to guess).
/// </summary>
public sealed class ApiKeyStore(ZichtIdentityDbContext accounts, RegistryWork registry, ApiKeyCache cache, TimeProvider clock)
{
    public const string KeyPrefix = "zk_";

    /// <summary>The roles a key can carry: partner systems file signals or work cases, nothing else.</summary>
    public static readonly IReadOnlyList<string> KeyRoles = [Roles.Signaller, Roles.CaseWorker];

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<ApiKey>> AllAsync(CancellationToken ct = default) =>
        (await accounts.ApiKeys.AsNoTracking().ToListAsync(ct)).OrderBy(k => k.IsRevoked).ThenBy(k => k.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public Task<bool> NameTakenAsync(string name, CancellationToken ct = default) => accounts.ApiKeys.AnyAsync(k => k.Name == name.Trim(), ct);

    /// <summary>Makes a key and returns its text, the only time anyone sees it. The issue is audited.</summary>
    public async Task<(ApiKey Key, string Secret)> IssueAsync(Actor admin, string name, string role, Guid organisationId, string? municipalityCode, CancellationToken ct = default)
    {
        if (!KeyRoles.Contains(role))
        {
            throw new ArgumentException($"An API key carries the role {string.Join(" or ", KeyRoles)}, not '{role}'.", nameof(role));
        }

        var secret = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            Hash = HashOf(secret),
            Prefix = secret[..10],
            Role = role,
            OrganisationId = organisationId,
            MunicipalityCode = municipalityCode,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = admin.AuditName,
        };
        accounts.ApiKeys.Add(key);
        await accounts.SaveChangesAsync(ct);
        await registry.AuditAsync(admin, AuditAction.Create, nameof(ApiKey), key.Id, null, $"API key {key.Name} as {role}", ct);
        return (key, secret);
    }

    /// <summary>Revokes a key for good; its next call is refused. Revoking twice changes nothing.</summary>
    public async Task<bool> RevokeAsync(Actor admin, Guid id, CancellationToken ct = default)
    {
        var key = await accounts.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || key.IsRevoked)
        {
            return false;
        }

        key.RevokedAt = clock.GetUtcNow();
        key.RevokedBy = admin.AuditName;
        await accounts.SaveChangesAsync(ct);
        cache.Forget(key.Hash);
        await registry.AuditAsync(admin, AuditAction.Update, nameof(ApiKey), key.Id, null, $"API key {key.Name} revoked", ct);
        return true;
    }

    /// <summary>The active key with this text, or null (unknown or revoked); notes the use.</summary>
    public async Task<ApiKey?> CheckAsync(string presented, CancellationToken ct = default)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }

        var hash = HashOf(presented);
        var key = cache.Find(hash);
        if (key is null)
        {
            key = await accounts.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, ct);
            if (key is null || key.IsRevoked)
            {
                return null;
            }

            cache.Remember(key);
        }

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await accounts.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
            key.LastUsedAt = now;
        }

        return key;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
