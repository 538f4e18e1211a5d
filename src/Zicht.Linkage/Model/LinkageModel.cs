using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Model;

/// <summary>A trained Fellegi–Sunter model: the settings, m and u per comparison level, and the prior probability that two records match.</summary>
public sealed record LinkageModel(LinkageSettings Settings, IReadOnlyList<ComparisonParameters> Comparisons, double Lambda)
{
    /// <summary>The prior weight log2(λ/(1−λ)) every pair starts from.</summary>
    public double PriorWeight => Math.Log2(Lambda / (1 - Lambda));

    /// <summary>Turns a total match weight into a probability.</summary>
    public static double Probability(double totalWeight) => 1.0 / (1.0 + Math.Pow(2, -totalWeight));

    /// <summary>The total weight a pair needs for <paramref name="probability"/>.</summary>
    public static double WeightFor(double probability) => Math.Log2(probability / (1 - probability));

    public LinkageModel WithThreshold(double threshold) => this with { Settings = Settings with { Threshold = threshold } };
}
