using Zicht.Domain.Reference;

namespace Zicht.Synthetic.Model;

/// <summary>
/// Draws a municipality of exploitation: the large cities much more often than the rest, and gives every
/// municipality a fixed effect on how fast help comes (the monitor found help to depend on the municipality).
/// </summary>
internal sealed class MunicipalityPicker
{
    private static readonly Dictionary<string, double> Large = new()
    {
        ["GM0363"] = 60, ["GM0599"] = 45, ["GM0518"] = 35, ["GM0344"] = 25, ["GM0772"] = 14, ["GM0014"] = 12, ["GM0855"] = 10,
        ["GM0034"] = 9, ["GM0758"] = 10, ["GM0268"] = 10, ["GM0202"] = 10, ["GM0392"] = 9, ["GM0935"] = 9, ["GM0153"] = 8,
        ["GM0796"] = 9, ["GM0307"] = 6, ["GM0194"] = 5, ["GM0546"] = 7, ["GM0503"] = 5, ["GM0479"] = 5, ["GM0983"] = 5,
    };

    private readonly string[] _codes;
    private readonly double[] _cumulative;
    private readonly Dictionary<string, double> _effect = [];

    public MunicipalityPicker(IReadOnlyList<Municipality> municipalities)
    {
        var current = municipalities.Where(m => m.IsCurrent).ToArray();
        _codes = current.Select(m => m.Code).ToArray();
        _cumulative = new double[_codes.Length];
        double sum = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            sum += Large.GetValueOrDefault(_codes[i], 0.6);
            _cumulative[i] = sum;
        }

        foreach (var code in _codes)
        {
            // Fixed per code (not per run): the large cities have specialised care, some others lag behind.
            var h = (uint)code.Aggregate(17, (a, c) => a * 31 + c);
            var spread = (h % 1000 / 1000.0 - 0.5) * 1.2;
            _effect[code] = Large.ContainsKey(code) ? 0.4 + spread * 0.3 : spread;
        }
    }

    public string Draw(Random r)
    {
        var u = r.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, u);
        return _codes[i < 0 ? ~i : i];
    }

    /// <summary>The municipality's effect on the log-odds of help.</summary>
    public double HelpEffect(string? code) => code is null ? -0.3 : _effect.GetValueOrDefault(code, 0);
}
