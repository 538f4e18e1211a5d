using Zicht.Cli.Commands.Linkage;

namespace Zicht.Cli.Tests.Linkage;

public sealed class CellPoolsTests
{
    [Fact]
    public void Cells_of_a_column_with_few_values_share_one_string()
    {
        var pools = new CellPools(2);
        var first = pools.Share(0, new string("Female".AsSpan()));
        var again = pools.Share(0, new string("Female".AsSpan()));
        Assert.Same(first, again);
        // Columns are pooled apart.
        Assert.NotSame(first, pools.Share(1, new string("Female".AsSpan())));
    }

    [Fact]
    public void A_column_with_many_values_is_left_alone_and_its_values_kept()
    {
        var pools = new CellPools(1);
        for (var i = 0; i <= CellPools.MaxDistinct; i++)
        {
            Assert.Equal($"v{i}", pools.Share(0, $"v{i}"));
        }

        var a = pools.Share(0, new string("v1".AsSpan()));
        var b = pools.Share(0, new string("v1".AsSpan()));
        Assert.Equal("v1", a);
        Assert.NotSame(a, b);
    }
}
