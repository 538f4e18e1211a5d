namespace Zicht.Statistics.Mse;

/// <summary>Which interval <see cref="MseEstimator"/> reports.</summary>
public enum IntervalKind
{
    None,
    Wald,
    Profile,
    Bootstrap,
}
