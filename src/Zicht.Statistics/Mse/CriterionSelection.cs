namespace Zicht.Statistics.Mse;

/// <summary>
/// Chooses the model with the smallest AIC or BIC among main effects plus sets of two-list interactions: every set when
/// there are at most ten pairs (five lists), otherwise a greedy forward search over pairs.
/// </summary>
public static class CriterionSelection
{
    public static MseFit Select(CaptureTable table, InformationCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.ListCount;
        var pairs = new List<int>();
        for (var i = 0; i < k - 1; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                pairs.Add((1 << i) | (1 << j));
            }
        }

        double Score(MseFit f) => criterion == InformationCriterion.Aic ? f.Aic : f.Bic;
        var best = ModelFitter.Fit(table, []);
        if (pairs.Count <= 10)
        {
            for (var subset = 1; subset < 1 << pairs.Count; subset++)
            {
                var terms = pairs.Where((_, i) => (subset & (1 << i)) != 0).ToArray();
                var fit = ModelFitter.Fit(table, terms);
                if (fit.IsUsable && (!best.IsUsable || Score(fit) < Score(best)))
                {
                    best = fit;
                }
            }

            return best;
        }

        var chosen = new List<int>();
        while (true)
        {
            MseFit? step = null;
            foreach (var pair in pairs.Where(p => !chosen.Contains(p)))
            {
                var fit = ModelFitter.Fit(table, [.. chosen, pair]);
                if (fit.IsUsable && (step is null || Score(fit) < Score(step)))
                {
                    step = fit;
                }
            }

            if (step is null || (best.IsUsable && Score(step) >= Score(best)))
            {
                return best;
            }

            best = step;
            chosen = [.. step.Terms];
        }
    }
}
