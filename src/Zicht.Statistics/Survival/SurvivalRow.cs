namespace Zicht.Statistics.Survival;

/// <summary>
/// One step of a survival curve: at risk just before <paramref name="Time"/>, events and censorings at it, S(t) with its
/// standard error (of S, as R's summary.survfit) and confidence limits (NaN where undefined, as R's NA).
/// </summary>
public sealed record SurvivalRow(double Time, int AtRisk, int Events, int Censored, double Survival, double StandardError, double Lower, double Upper)
{
    /// <summary>Cumulative incidence 1 − S(t) of the single event.</summary>
    public double CumulativeIncidence => 1 - Survival;
}
