namespace Zicht.Statistics.Mse;

/// <summary>Runs one log-linear selection method on a table (used for the data and for every bootstrap replicate).</summary>
public static class ModelSelector
{
    public static MseFit Select(CaptureTable table, SelectionMethod method, double threshold = StepwiseSelection.DefaultThreshold, IReadOnlyCollection<int>? fixedTerms = null) =>
        method switch
        {
            SelectionMethod.Stepwise => StepwiseSelection.Select(table, threshold),
            SelectionMethod.Main => ModelFitter.Fit(table, fixedTerms ?? []),
            SelectionMethod.Aic => CriterionSelection.Select(table, InformationCriterion.Aic),
            SelectionMethod.Bic => CriterionSelection.Select(table, InformationCriterion.Bic),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "This method does not select a log-linear model."),
        };
}
