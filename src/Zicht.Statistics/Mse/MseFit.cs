namespace Zicht.Statistics.Mse;

/// <summary>
/// A log-linear model fitted to a capture table. Estimates (hidden, total, coefficients, criteria) are only
/// present when <see cref="Status"/> is <see cref="FitStatus.Ok"/>; otherwise <see cref="Problem"/> says why.
/// </summary>
public sealed record MseFit
{
    /// <summary>The data.</summary>
    public required CaptureTable Table { get; init; }

    /// <summary>Interaction terms in the model (bit masks of two or more lists), including non-overlapping ones.</summary>
    public required IReadOnlyList<int> Terms { get; init; }

    /// <summary>Terms whose lists never overlap in the data: their parameter is −∞ and their cells are structurally zero.</summary>
    public required IReadOnlyList<int> EmptyTerms { get; init; }

    /// <summary>Lists on which nobody was observed (their main effect is −∞).</summary>
    public required IReadOnlyList<int> EmptyLists { get; init; }

    public required FitStatus Status { get; init; }

    /// <summary>Why the model cannot be used, or null when it can.</summary>
    public string? Problem { get; init; }

    /// <summary>Patterns the model was fitted on (all patterns not made structurally zero by an empty term).</summary>
    public IReadOnlyList<int> Cells { get; init; } = [];

    /// <summary>The design matrix over <see cref="Cells"/>: intercept, main effects, interactions.</summary>
    public double[,] Design { get; init; } = new double[0, 0];

    /// <summary>Fitted means per cell of <see cref="Cells"/>.</summary>
    public IReadOnlyList<double> Fitted { get; init; } = [];

    public IReadOnlyList<Coefficient> Coefficients { get; init; } = [];

    public double Deviance { get; init; } = double.NaN;

    /// <summary>AIC as SparseMSE reports it: glm's AIC plus 2 for every non-overlapping term in the model.</summary>
    public double Aic { get; init; } = double.NaN;

    /// <summary>BIC with the number of observed persons as sample size: AIC + K (log n − 2), K counting −∞ terms too.</summary>
    public double Bic { get; init; } = double.NaN;

    /// <summary>Residual degrees of freedom.</summary>
    public int DegreesOfFreedom { get; init; }

    /// <summary>The estimated hidden number exp(intercept).</summary>
    public double Hidden { get; init; } = double.NaN;

    /// <summary>Standard error of log(hidden), from the intercept's variance.</summary>
    public double LogHiddenStandardError { get; init; } = double.NaN;

    /// <summary>Whether IRLS converged.</summary>
    public bool Converged { get; init; }

    public double Observed => Table.Observed;

    public double Total => Observed + Hidden;

    public bool IsUsable => Status == FitStatus.Ok;

    /// <summary>Names of the interaction terms, for example "LA:NG".</summary>
    public IReadOnlyList<string> TermNames => Terms.Select(Table.TermName).ToArray();

    /// <summary>Fitted mean of pattern <paramref name="pattern"/> (zero for structurally empty cells).</summary>
    public double FittedOf(int pattern)
    {
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i] == pattern)
            {
                return Fitted[i];
            }
        }

        return 0;
    }
}
