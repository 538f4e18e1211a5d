namespace Zicht.Statistics.Survival;

/// <summary>
/// Distinct exit times with the number at risk just before each (entered before t, not yet exited), events per cause and
/// censorings at t: the counting-process bookkeeping of R's survival package, where (entry, exit] means a person entering
/// at t is not at risk at t, and events come before censorings at tied times.
/// </summary>
internal sealed class RiskSetTable
{
    private RiskSetTable(double[] times, int[] atRisk, int[,] events, int[] censored, int causes)
    {
        Times = times;
        AtRisk = atRisk;
        Events = events;
        Censored = censored;
        Causes = causes;
    }

    public double[] Times { get; }

    public int[] AtRisk { get; }

    /// <summary>Events[t, c] for cause c = 1..Causes (index 0 unused).</summary>
    public int[,] Events { get; }

    public int[] Censored { get; }

    public int Causes { get; }

    public int AllEvents(int t)
    {
        var d = 0;
        for (var c = 1; c <= Causes; c++)
        {
            d += Events[t, c];
        }

        return d;
    }

    public static RiskSetTable Build(SurvivalData data)
    {
        var n = data.Count;
        var order = new int[n];
        var exits = (double[])data.Exit.Clone();
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(exits, order);
        var entries = data.Entry is null ? null : (double[])data.Entry.Clone();
        if (entries is not null)
        {
            Array.Sort(entries);
        }

        var causes = 1;
        foreach (var s in data.Status)
        {
            causes = Math.Max(causes, s);
        }

        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || exits[i] != exits[i - 1])
            {
                distinct++;
            }
        }

        var times = new double[distinct];
        var atRisk = new int[distinct];
        var events = new int[distinct, causes + 1];
        var censored = new int[distinct];
        var t = -1;
        var entered = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || exits[i] != exits[i - 1])
            {
                t++;
                times[t] = exits[i];
                if (entries is null)
                {
                    entered = n;
                }
                else
                {
                    while (entered < n && entries[entered] < exits[i])
                    {
                        entered++;
                    }
                }

                // Exited before this time: everyone earlier in the sorted exits.
                atRisk[t] = entered - i;
            }

            var s = data.Status[order[i]];
            if (s == 0)
            {
                censored[t]++;
            }
            else
            {
                events[t, s]++;
            }
        }

        return new RiskSetTable(times, atRisk, events, censored, causes);
    }
}
