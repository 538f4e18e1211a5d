using Zicht.Linkage.Incremental;

namespace Zicht.Linkage.Tests;

public sealed class ClusterMembersTests
{
    [Fact]
    public void Records_keep_their_order_through_merges_and_moves_and_an_emptied_cluster_can_come_back()
    {
        var members = new ClusterMembers();
        string[] start = ["A", "B", "A", "C", "A", "B"];
        for (var r = 0; r < start.Length; r++)
        {
            members.Add(r, start[r]);
        }

        Assert.Equal(3, members.Count);
        Assert.Equal([0, 2, 4], members.Members("A"));

        // Out of the middle, then off the end: the chain and its last link stay right.
        members.Move(2, "C");
        members.Move(4, "C");
        Assert.Equal([0], members.Members("A"));
        Assert.Equal([3, 2, 4], members.Members("C"));
        members.Add(6, "A");
        Assert.Equal([0, 6], members.Members("A"));

        members.Merge("C", "B");
        Assert.Equal([3, 2, 4, 1, 5], members.Members("C"));
        Assert.False(members.Contains("B"));
        Assert.Empty(members.Members("B"));
        Assert.Equal("C", members.ClusterOf(5));
        Assert.Equal(2, members.Count);

        // A split restores the absorbed identifier.
        members.Move(1, "B");
        members.Move(5, "B");
        Assert.True(members.Contains("B"));
        Assert.Equal([1, 5], members.Members("B"));
        Assert.Equal([3, 2, 4], members.Members("C"));
        Assert.Equal(3, members.Count);

        // Emptying a cluster by moves frees it.
        members.Move(0, "C");
        members.Move(6, "C");
        Assert.False(members.Contains("A"));
        Assert.Equal(2, members.Count);
        Assert.Equal([3, 2, 4, 0, 6], members.Members("C"));
    }

    [Fact]
    public void Moving_a_record_to_its_own_cluster_or_merging_a_cluster_into_itself_changes_nothing_but_order()
    {
        var members = new ClusterMembers();
        string[] start = ["A", "A", "A", "B"];
        for (var r = 0; r < start.Length; r++)
        {
            members.Add(r, start[r]);
        }

        members.Move(0, "A");
        Assert.Equal([1, 2, 0], members.Members("A"));
        members.Move(3, "B");
        Assert.Equal([3], members.Members("B"));
        members.Merge("A", "A");
        Assert.Equal([1, 2, 0], members.Members("A"));
        Assert.Equal(2, members.Count);
        Assert.Equal("B", members.ClusterOf(3));
    }

    [Fact]
    public void A_record_out_of_order_is_refused()
    {
        var members = new ClusterMembers();
        members.Add(0, "A");
        var e = Assert.Throws<InvalidOperationException>(() => members.Add(2, "A"));
        Assert.Contains("record 2", e.Message, StringComparison.Ordinal);
    }
}
