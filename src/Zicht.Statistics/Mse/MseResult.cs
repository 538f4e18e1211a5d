using Zicht.Statistics.Lcmcr;

namespace Zicht.Statistics.Mse;

/// <summary>
/// The answer to "how many are there": observed, estimated total and hidden number with an interval, the model behind it and
/// warnings. When no estimate exists, Estimate and Hidden are null and the warnings say why: never a meaningless number.
/// </summary>
public sealed record MseResult
{
    public required SelectionMethod Method { get; init; }

    public required double Observed { get; init; }

    public double? Estimate { get; init; }

    public double? Hidden => Estimate - Observed;

    public Interval? Interval { get; init; }

    /// <summary>The selected log-linear model (null for LCMCR).</summary>
    public MseFit? Model { get; init; }

    /// <summary>For LCMCR: R̂ and the effective sample size of the total's chains (null for log-linear models).</summary>
    public ChainDiagnostics? Convergence { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
