namespace Zicht.Statistics.Survival;

/// <summary>
/// Follow-up of persons as (entry, exit] intervals with an outcome at exit: 0 censored, 1 the event, and for competing risks
/// 2, 3, … other causes. Entry defaults to 0 (no delayed entry). Times are in any unit, the same for all.
/// </summary>
public sealed class SurvivalData
{
    public SurvivalData(double[] exit, int[] status, double[]? entry = null)
    {
        ArgumentNullException.ThrowIfNull(exit);
        ArgumentNullException.ThrowIfNull(status);
        if (exit.Length != status.Length || (entry is not null && entry.Length != exit.Length))
        {
            throw new ArgumentException("Exit times, statuses and entry times must have the same length.");
        }

        for (var i = 0; i < exit.Length; i++)
        {
            if (double.IsNaN(exit[i]) || double.IsInfinity(exit[i]))
            {
                throw new ArgumentException($"Person {i + 1}: time {exit[i]} is not a finite number.");
            }

            if (status[i] < 0)
            {
                throw new ArgumentException($"Person {i + 1}: status {status[i]} is negative; use 0 for censored, 1 for the event, 2+ for competing causes.");
            }

            if (entry is not null && !(entry[i] < exit[i]))
            {
                throw new ArgumentException($"Person {i + 1}: entry {entry[i]} is not before exit {exit[i]}; follow-up must have positive length.");
            }
        }

        Exit = exit;
        Status = status;
        Entry = entry;
    }

    public double[] Exit { get; }

    public int[] Status { get; }

    public double[]? Entry { get; }

    public int Count => Exit.Length;

    /// <summary>The persons at the given indices (groups).</summary>
    public SurvivalData Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var exit = new double[indices.Count];
        var status = new int[indices.Count];
        var entry = Entry is null ? null : new double[indices.Count];
        for (var i = 0; i < indices.Count; i++)
        {
            exit[i] = Exit[indices[i]];
            status[i] = Status[indices[i]];
            if (entry is not null)
            {
                entry[i] = Entry![indices[i]];
            }
        }

        return new SurvivalData(exit, status, entry);
    }
}
