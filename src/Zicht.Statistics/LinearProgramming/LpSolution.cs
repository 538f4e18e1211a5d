namespace Zicht.Statistics.LinearProgramming;

/// <summary>The outcome of one linear program: status, optimal value and the optimal point (empty unless optimal).</summary>
public sealed record LpSolution(LpStatus Status, double Value, IReadOnlyList<double> X);
