using Zicht.Domain;
using Zicht.Domain.Audit;

namespace Zicht.Domain.Tests;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int n)
    {
        var list = new List<AuditEntry>();
        AuditEntry? previous = null;
        for (var i = 0; i < n; i++)
        {
            previous = AuditChain.Next(previous, DateTimeOffset.UnixEpoch.AddMinutes(i), "caseworker" + i % 2, AuditAction.View, "Person", $"id{i}", Guid.NewGuid());
            list.Add(previous);
        }

        return list;
    }

    [Fact]
    public void An_intact_chain_verifies()
    {
        Assert.Null(AuditChain.FirstBroken(Chain(5)));
        Assert.Equal(AuditChain.Genesis, Chain(1)[0].PreviousHash);
    }

    [Fact]
    public void A_changed_entry_breaks_the_chain_where_it_was_changed()
    {
        var chain = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Actor))!.SetValue(chain[2], "someone else");
        Assert.Equal(3, AuditChain.FirstBroken(chain));
    }

    [Fact]
    public void A_removed_or_reordered_entry_breaks_the_chain()
    {
        var chain = Chain(5);
        chain.RemoveAt(3);
        Assert.Equal(5, AuditChain.FirstBroken(chain));

        var swapped = Chain(4);
        (swapped[1], swapped[2]) = (swapped[2], swapped[1]);
        Assert.Equal(3, AuditChain.FirstBroken(swapped));
    }

    [Fact]
    public void Breaking_the_glass_and_erasure_need_a_reason()
    {
        Assert.Throws<DomainException>(() => AuditChain.Next(null, DateTimeOffset.UtcNow, "u", AuditAction.BreakTheGlass, "Case"));
        Assert.Throws<DomainException>(() => AuditChain.Next(null, DateTimeOffset.UtcNow, "u", AuditAction.Erase, "Person", reason: " "));
        Assert.Equal("acute dreiging", AuditChain.Next(null, DateTimeOffset.UtcNow, "u", AuditAction.BreakTheGlass, "Case", reason: "acute dreiging").Reason);
    }

    [Fact]
    public void Field_boundaries_are_part_of_the_hash()
    {
        var a = AuditChain.Next(null, DateTimeOffset.UnixEpoch, "ab", AuditAction.View, "c");
        var b = AuditChain.Next(null, DateTimeOffset.UnixEpoch, "a", AuditAction.View, "bc");
        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Audit_entries_expose_no_public_setters()
    {
        Assert.All(typeof(AuditEntry).GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false, p.Name));
        Assert.NotNull(typeof(AuditEntry).GetProperty(nameof(AuditEntry.Actor))!.GetSetMethod(nonPublic: true));
    }

    [Fact]
    public void Times_are_kept_to_the_microsecond_as_databases_store_them()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)).AddTicks(1234567);
        var entry = AuditChain.Next(null, at, "u", AuditAction.View, "Case");
        Assert.Equal(0, entry.At.UtcTicks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.True(at - entry.At < TimeSpan.FromMicroseconds(1));
    }
}
