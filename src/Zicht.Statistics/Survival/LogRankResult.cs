namespace Zicht.Statistics.Survival;

/// <summary>The log-rank test: observed and expected events per group, the chi-square statistic, its degrees of freedom and p-value.</summary>
public sealed record LogRankResult(
    IReadOnlyList<string> Groups,
    IReadOnlyList<int> Persons,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Expected,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue);
