namespace Zicht.Statistics.Disclosure;

/// <summary>The smallest and largest value a suppressed cell can take given everything published (exact, by linear programming).</summary>
public readonly record struct FeasibleInterval(double Lower, double Upper)
{
    public double Width => Upper - Lower;
}
