namespace Zicht.Linkage.Model;

/// <summary>
/// The m and u probabilities of one comparison's levels (index 0 is level 1; missing values have no parameters and weigh 0).
/// m: probability of the level for a true match; u: for a non-match.
/// </summary>
public sealed record ComparisonParameters(string Name, IReadOnlyList<string> Levels, IReadOnlyList<double> M, IReadOnlyList<double> U)
{
    /// <summary>The match weight log2(m/u) of a level (1-based).</summary>
    public double Weight(int level) => Math.Log2(M[level - 1] / U[level - 1]);
}
