using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Audit;

/// <summary>Builds and verifies the hash chain of the audit trail (DESIGN.md §5).</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static AuditEntry Next(AuditEntry? previous, DateTimeOffset at, string actor, AuditAction action, string entityType, string? entityId = null, Guid? personId = null, string? reason = null)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new DomainException("An audit entry names who acted.", "Een auditregel noemt wie handelde.");
        }

        if (action is AuditAction.BreakTheGlass or AuditAction.Erase && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"{action} needs a stated reason.", $"{CodeList.Item(action).Dutch} vraagt een opgegeven reden.");
        }

        // Kept to the microsecond, as databases store it, so the hash verifies after a round trip.
        var utc = at.ToUniversalTime();
        return new AuditEntry(
            (previous?.Sequence ?? 0) + 1,
            new DateTimeOffset(utc.UtcTicks - utc.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero),
            actor,
            action,
            entityType,
            entityId,
            personId,
            reason,
            previous?.Hash ?? Genesis);
    }

    /// <summary>Checks the chain in sequence order; returns the sequence number of the first broken entry, or null.</summary>
    public static long? FirstBroken(IEnumerable<AuditEntry> entriesInOrder)
    {
        var verifier = new AuditChainVerifier();
        foreach (var e in entriesInOrder)
        {
            if (!verifier.Accept(e))
            {
                return e.Sequence;
            }
        }

        return null;
    }

    internal static string ComputeHash(AuditEntry e)
    {
        // Unambiguous: fields are length-prefixed, so no choice of values can make two entries hash alike.
        var sb = new StringBuilder();
        void Add(string? s) => sb.Append(s is null ? "-1" : s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s).Append('|');
        Add(e.Sequence.ToString(CultureInfo.InvariantCulture));
        Add(e.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Add(e.Actor);
        Add(e.Action.ToString());
        Add(e.EntityType);
        Add(e.EntityId);
        Add(e.PersonId?.ToString("N"));
        Add(e.Reason);
        Add(e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
