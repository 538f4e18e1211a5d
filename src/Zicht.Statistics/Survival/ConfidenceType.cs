namespace Zicht.Statistics.Survival;

/// <summary>The scale on which Kaplan–Meier confidence intervals are symmetric (R survfit's conf.type).</summary>
public enum ConfidenceType
{
    /// <summary>Symmetric on log S (R's default).</summary>
    Log,

    /// <summary>Symmetric on log(−log S).</summary>
    LogLog,

    /// <summary>Symmetric on S itself, clipped to [0, 1].</summary>
    Plain,
}
