using Zicht.Linkage.Comparisons;
using Zicht.Linkage.Data;
using Zicht.Linkage.Model;

namespace Zicht.Linkage.Scoring;

/// <summary>Scores record pairs under a model: the sum of the comparisons' weights, with term-frequency weights for exact agreement.</summary>
public sealed class PairScorer
{
    private readonly ComparisonColumn[] _columns;
    private readonly double[][] _weights;
    private readonly double[] _log2M1;
    private readonly bool[] _termFrequency;
    private readonly int[] _swapLevel;
    private readonly int[] _swapPartner;
    private readonly double[] _log2MSwap;

    public PairScorer(LinkageModel model, LinkageDataset data)
    {
        Model = model;
        Data = data;
        _columns = data.Comparisons;
        if (model.Comparisons.Count != _columns.Length)
        {
            throw new ArgumentException($"the model has {model.Comparisons.Count} comparisons, the data {_columns.Length}.", nameof(model));
        }

        _weights = new double[_columns.Length][];
        _log2M1 = new double[_columns.Length];
        _termFrequency = new bool[_columns.Length];
        _swapLevel = new int[_columns.Length];
        _swapPartner = new int[_columns.Length];
        _log2MSwap = new double[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
        {
            var p = model.Comparisons[c];
            if (p.M.Count != _columns[c].LevelCount)
            {
                throw new ArgumentException($"comparison '{p.Name}': the model has {p.M.Count} levels, the data {_columns[c].LevelCount}.", nameof(model));
            }

            _weights[c] = new double[p.M.Count + 1];
            for (var k = 1; k <= p.M.Count; k++)
            {
                _weights[c][k] = p.Weight(k);
            }

            _log2M1[c] = Math.Log2(p.M[0]);
            _termFrequency[c] = _columns[c].Settings.TermFrequency;
            _swapLevel[c] = _columns[c].SwapLevel;
            _swapPartner[c] = Array.IndexOf(_columns, _columns[c].SwapPartnerColumn);
            _log2MSwap[c] = _swapLevel[c] > 0 ? Math.Log2(p.M[_swapLevel[c] - 1]) : 0;
        }
    }

    public LinkageModel Model { get; }

    public LinkageDataset Data { get; }

    public int ComparisonCount => _columns.Length;

    /// <summary>The pair's weight without the prior: the sum of its comparisons' weights.</summary>
    public double Weight(int a, int b)
    {
        var w = 0.0;
        for (var c = 0; c < _columns.Length; c++)
        {
            w += Weight(c, a, b, _columns[c].Level(a, b));
        }

        return w;
    }

    /// <summary>As <see cref="Weight(int, int)"/>, writing each comparison's weight into <paramref name="weights"/>.</summary>
    public double Weight(int a, int b, Span<double> weights, Span<int> levels)
    {
        var w = 0.0;
        for (var c = 0; c < _columns.Length; c++)
        {
            var level = _columns[c].Level(a, b);
            levels[c] = level;
            weights[c] = Weight(c, a, b, level);
            w += weights[c];
        }

        return w;
    }

    /// <summary>The match probability of a pair.</summary>
    public double Probability(int a, int b) => LinkageModel.Probability(Model.PriorWeight + Weight(a, b));

    /// <summary>Every comparison's level, value and weight for a pair: what a reviewer sees side by side.</summary>
    public PairExplanation Explain(int a, int b)
    {
        var contributions = new ComparisonContribution[_columns.Length];
        var total = Model.PriorWeight;
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            var level = column.Level(a, b);
            var weight = Weight(c, a, b, level);
            total += weight;
            contributions[c] = new ComparisonContribution(
                column.Settings.Name, level, column.Labels[level], weight, column.Show(a), column.Show(b),
                TermFrequencyAdjusted: _termFrequency[c] && (level == 1 || SwapAdjusted(c, level, a, b)));
        }

        return new PairExplanation(Data.Id(a), Data.Id(b), Model.PriorWeight, contributions, total, LinkageModel.Probability(total));
    }

    private double Weight(int c, int a, int b, int level)
    {
        if (level == 0)
        {
            return 0;
        }

        if (level == 1 && _termFrequency[c])
        {
            var column = _columns[c];
            var share = (double)column.Count(column.ValueId(a)) / Math.Max(1, column.NonMissing);
            return _log2M1[c] - Math.Log2(share);
        }

        if (SwapAdjusted(c, level, a, b))
        {
            // Both names agree crosswise: a pair of strangers does so as rarely as the two names are common together,
            // and a match does so as often as registrations swap names (m of this level).
            return _log2MSwap[c] - Math.Log2(Share(_columns[c], a)) - Math.Log2(Share(_columns[_swapPartner[c]], a));
        }

        return _weights[c][level];
    }

    private bool SwapAdjusted(int c, int level, int a, int b) =>
        level == _swapLevel[c] && _termFrequency[c] && _swapPartner[c] >= 0 && _columns[c].SwappedExactly(a, b);

    private static double Share(ComparisonColumn column, int record) => (double)column.Count(column.ValueId(record)) / Math.Max(1, column.NonMissing);
}
