namespace Zicht.Statistics.Mse;

/// <summary>Akaike's or Schwarz's (Bayesian) information criterion.</summary>
public enum InformationCriterion
{
    Aic,
    Bic,
}
