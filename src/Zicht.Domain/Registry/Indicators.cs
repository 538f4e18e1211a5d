namespace Zicht.Domain.Registry;

/// <summary>Which list each indicator belongs to.</summary>
public static class Indicators
{
    public static IndicatorSource Source(this Indicator indicator) =>
        indicator <= Indicator.ExcessiveOvertime ? IndicatorSource.IloForcedLabour : IndicatorSource.HtcdsMethodOfControl;

    /// <summary>The HTCDS value name of an indicator, for exchange with HTCDS systems.</summary>
    public static string ToHtcds(this Indicator indicator) => indicator switch
    {
        Indicator.AbuseOfVulnerability => "PsychologicalAbuse",
        Indicator.Deception => "FalsePromises",
        Indicator.RestrictionOfMovement => "RestrictsMovement",
        Indicator.Isolation => "RestrictsMovement",
        Indicator.PhysicalAndSexualViolence => "PhysicalAbuse",
        Indicator.IntimidationAndThreats => "Threats",
        Indicator.RetentionOfIdentityDocuments => "WithholdsDocuments",
        Indicator.WithholdingOfWages => "TakesEarnings",
        Indicator.DebtBondage => "DebtBondage",
        Indicator.AbusiveWorkingAndLivingConditions => "WithholdsNecessities",
        Indicator.ExcessiveOvertime => "ExcessiveWorkingHours",
        _ => indicator.ToString(),
    };
}
