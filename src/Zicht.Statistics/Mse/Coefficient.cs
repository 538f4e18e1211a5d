namespace Zicht.Statistics.Mse;

/// <summary>One log-linear parameter: its name, estimate and standard error (−∞ with no error for a non-overlapping term).</summary>
public sealed record Coefficient(string Name, double Estimate, double StandardError);
