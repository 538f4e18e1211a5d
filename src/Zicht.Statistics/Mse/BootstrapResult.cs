namespace Zicht.Statistics.Mse;

/// <summary>Bootstrap replicates of the total and their percentile interval; failed replicates (no estimate) are counted.</summary>
public sealed record BootstrapResult(Interval Interval, IReadOnlyList<double> Totals, int Failed);
