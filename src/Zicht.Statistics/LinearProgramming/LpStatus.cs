namespace Zicht.Statistics.LinearProgramming;

/// <summary>How a linear program ended.</summary>
public enum LpStatus
{
    Optimal,
    Infeasible,
    Unbounded,
}
