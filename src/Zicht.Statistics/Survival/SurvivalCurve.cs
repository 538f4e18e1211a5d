namespace Zicht.Statistics.Survival;

/// <summary>A Kaplan–Meier curve: a row per distinct exit time, plus the level and scale of its intervals.</summary>
public sealed record SurvivalCurve(IReadOnlyList<SurvivalRow> Rows, int Persons, int Events, double Level, ConfidenceType ConfidenceType)
{
    /// <summary>Only the rows with events (what R's summary.survfit prints).</summary>
    public IEnumerable<SurvivalRow> EventRows => Rows.Where(r => r.Events > 0);

    /// <summary>
    /// The curve at time t (right-continuous step function): the last row at or before t; before the first row S = 1 with the
    /// number at risk at the start.
    /// </summary>
    public SurvivalRow At(double time)
    {
        var lo = 0;
        var hi = Rows.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Rows[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            var atRisk = Rows.Count > 0 ? Rows[0].AtRisk : 0;
            return new SurvivalRow(time, atRisk, 0, 0, 1, 0, 1, 1);
        }

        var row = Rows[found];
        // At risk at a time between steps is the number at risk at the next step.
        var next = found + 1 < Rows.Count ? Rows[found + 1].AtRisk : 0;
        return row.Time == time ? row : row with { Time = time, AtRisk = next, Events = 0, Censored = 0 };
    }

    /// <summary>The median survival time: the first time S ≤ 0.5 (NaN if never reached).</summary>
    public double Median => Rows.FirstOrDefault(r => r.Survival <= 0.5)?.Time ?? double.NaN;
}
