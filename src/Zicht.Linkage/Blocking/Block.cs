namespace Zicht.Linkage.Blocking;

/// <summary>A run of records sharing one rule's key: positions <see cref="Start"/>..+<see cref="Length"/> of that rule's sorted order.</summary>
internal readonly record struct Block(int Rule, int Start, int Length)
{
    public long Pairs => (long)Length * (Length - 1) / 2;
}
