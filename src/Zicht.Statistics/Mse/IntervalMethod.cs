namespace Zicht.Statistics.Mse;

/// <summary>How an interval was computed.</summary>
public enum IntervalMethod
{
    /// <summary>Normal interval on log(hidden), as SparseMSE's estimatepopulation.0.</summary>
    Wald,

    /// <summary>Multinomial profile likelihood for N (Cormack 1992), as Rcapture's closedpCI.</summary>
    Profile,

    /// <summary>Percentile interval of bootstrap replicates drawn from the fitted model, selection repeated.</summary>
    ParametricBootstrap,

    /// <summary>Percentile interval of bootstrap replicates resampled from the observed persons, selection repeated.</summary>
    NonparametricBootstrap,

    /// <summary>Equal-tailed posterior credible interval (LCMCR).</summary>
    Credible,
}
