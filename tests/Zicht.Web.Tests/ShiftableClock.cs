namespace Zicht.Web.Tests;

/// <summary>The system clock, moved forward on demand: lets a test reach a follow-up deadline without waiting.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
