namespace Zicht.Statistics.Mse;

/// <summary>
/// Bootstrap replicates of the total with their intervals: the reported <see cref="Interval"/> is BCa for the nonparametric
/// bootstrap (as SparseMSE) and the percentile interval for the parametric one; failed replicates (no estimate) are counted.
/// </summary>
public sealed record BootstrapResult(Interval Interval, Interval Percentile, Interval? Bca, double Acceleration, IReadOnlyList<double> Totals, int Failed);
