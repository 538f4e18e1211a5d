namespace Zicht.Statistics.Mse;

/// <summary>How the log-linear model is chosen, or the Bayesian latent-class alternative.</summary>
public enum SelectionMethod
{
    /// <summary>Chan–Silverman–Vincent stepwise selection by Poisson p-values.</summary>
    Stepwise,

    /// <summary>Main effects only (lists independent).</summary>
    Main,

    /// <summary>Smallest AIC over the models searched.</summary>
    Aic,

    /// <summary>Smallest BIC over the models searched.</summary>
    Bic,

    /// <summary>Manrique-Vallier's Dirichlet-process latent-class model (no log-linear model).</summary>
    Lcmcr,
}
