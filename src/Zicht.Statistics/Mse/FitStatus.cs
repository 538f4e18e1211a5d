namespace Zicht.Statistics.Mse;

/// <summary>Whether a log-linear model gives a usable estimate on the data.</summary>
public enum FitStatus
{
    /// <summary>The (extended) maximum likelihood estimate exists and is identifiable.</summary>
    Ok,

    /// <summary>The maximum likelihood estimate does not exist, even allowing −∞ parameters (Fienberg–Rinaldo).</summary>
    DoesNotExist,

    /// <summary>The design has dependent columns: parameters, and so the hidden number, are not identifiable.</summary>
    NotIdentifiable,
}
