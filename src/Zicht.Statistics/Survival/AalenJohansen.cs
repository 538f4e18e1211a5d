namespace Zicht.Statistics.Survival;

/// <summary>
/// Cumulative incidence with competing risks by the Aalen–Johansen estimator: F_c(t) = Σ_{s ≤ t} S(s−) d_c(s) / n(s), with
/// S the Kaplan–Meier survival from all causes. Standard errors by the delta method (Marubini and Valsecchi 1995, §10.2).
/// With a single cause F equals 1 − Kaplan–Meier.
/// </summary>
public static class AalenJohansen
{
    public static IReadOnlyList<CumulativeIncidenceRow> Fit(SurvivalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var risk = RiskSetTable.Build(data);
        var causes = risk.Causes;
        var rowsWithEvents = Enumerable.Range(0, risk.Times.Length).Where(t => risk.AllEvents(t) > 0).ToArray();
        var m = rowsWithEvents.Length;
        var sBefore = new double[m];
        var n = new double[m];
        var d = new double[m];
        var dc = new double[m, causes + 1];
        var f = new double[m, causes + 1];
        var s = 1.0;
        for (var i = 0; i < m; i++)
        {
            var t = rowsWithEvents[i];
            n[i] = risk.AtRisk[t];
            d[i] = risk.AllEvents(t);
            sBefore[i] = s;
            for (var c = 1; c <= causes; c++)
            {
                dc[i, c] = risk.Events[t, c];
                f[i, c] = (i > 0 ? f[i - 1, c] : 0) + s * dc[i, c] / n[i];
            }

            s *= 1 - d[i] / n[i];
        }

        var result = new CumulativeIncidenceRow[m];
        for (var i = 0; i < m; i++)
        {
            var incidence = new double[causes];
            var errors = new double[causes];
            var events = new int[causes];
            for (var c = 1; c <= causes; c++)
            {
                incidence[c - 1] = f[i, c];
                events[c - 1] = (int)dc[i, c];
                var v = 0.0;
                for (var j = 0; j <= i; j++)
                {
                    var gap = f[i, c] - f[j, c];
                    var greenwood = n[j] > d[j] ? d[j] / (n[j] * (n[j] - d[j])) : 0;
                    v += gap * gap * greenwood
                        + sBefore[j] * sBefore[j] * dc[j, c] * (n[j] - dc[j, c]) / (n[j] * n[j] * n[j])
                        - 2 * gap * sBefore[j] * dc[j, c] / (n[j] * n[j]);
                }

                errors[c - 1] = Math.Sqrt(Math.Max(0, v));
            }

            result[i] = new CumulativeIncidenceRow(risk.Times[rowsWithEvents[i]], (int)n[i], events, incidence, errors);
        }

        return result;
    }
}
