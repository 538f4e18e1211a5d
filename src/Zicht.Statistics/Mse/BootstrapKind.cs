namespace Zicht.Statistics.Mse;

/// <summary>How bootstrap replicates are drawn.</summary>
public enum BootstrapKind
{
    /// <summary>Poisson counts from the fitted model's cell means.</summary>
    Parametric,

    /// <summary>Multinomial resampling of the observed persons over their patterns (as SparseMSE).</summary>
    Nonparametric,
}
