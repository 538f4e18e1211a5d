namespace Zicht.Statistics.Mse;

/// <summary>A confidence or credible interval for the total population. Upper may be +∞ when the data cannot bound it.</summary>
public sealed record Interval(double Lower, double Upper, double Level, IntervalMethod Method);
