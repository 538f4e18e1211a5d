namespace Zicht.Synthetic.Model;

/// <summary>
/// How organisations detect victims. Each person has a visibility (a gamma frailty with mean 1) that scales every
/// list's detection probability, so lists are positively dependent, as in reality; care coordinators also detect
/// more often after the police did (referral). Per stratum, one scale factor is solved so that the share detected
/// by at least one list equals the stratum's detection rate, which fixes the true population behind the registered.
/// </summary>
public sealed class DetectionModel
{
    // Relative weights per list: police, care coordinator, labour inspectorate, border police, immigration, NGO.
    private static readonly Dictionary<FormGroup, double[]> Weights = new()
    {
        [FormGroup.Sexual] = [1.0, 0.35, 0.01, 0.03, 0.15, 0.08],
        [FormGroup.Labour] = [0.45, 0.15, 0.30, 0.02, 0.08, 0.15],
        [FormGroup.Criminal] = [1.0, 0.30, 0.03, 0.02, 0.05, 0.08],
        [FormGroup.SexualAndLabour] = [0.8, 0.30, 0.15, 0.03, 0.12, 0.10],
        [FormGroup.Other] = [0.6, 0.40, 0.08, 0.05, 0.30, 0.15],
    };

    private static readonly Dictionary<FormGroup, double> DetectionRate = new()
    {
        [FormGroup.Sexual] = 0.22,
        [FormGroup.Labour] = 0.14,
        [FormGroup.Criminal] = 0.18,
        [FormGroup.SexualAndLabour] = 0.22,
        [FormGroup.Other] = 0.25,
    };

    private const double CareAfterPolice = 2.2;
    private const double CareWithoutPolice = 0.6;
    private const double FrailtyShape = 2.0;

    private readonly Dictionary<(FormGroup, bool), double> _scale = [];
    private readonly double[] _frailtySample;

    public DetectionModel()
    {
        // A fixed sample of the frailty distribution for the expectations in the calibration.
        var r = new Random(7);
        _frailtySample = Enumerable.Range(0, 4000).Select(_ => Frailty(r)).ToArray();
        foreach (var g in Enum.GetValues<FormGroup>())
        {
            foreach (var minor in new[] { false, true })
            {
                _scale[(g, minor)] = Solve(g, RateOf(g, minor));
            }
        }
    }

    /// <summary>The share of a stratum's true victims that at least one list detects.</summary>
    public static double RateOf(FormGroup g, bool minor) => Math.Min(0.6, DetectionRate[g] * (minor ? 1.15 : 1.0));

    public static double Frailty(Random r) => Gamma(r, FrailtyShape) / FrailtyShape;

    /// <summary>Which lists detect one person of the stratum; all false means the person stays hidden.</summary>
    public bool[] Detect(FormGroup g, bool minor, double frailty, Random r)
    {
        var w = Weights[g];
        var k = _scale[(g, minor)] * frailty;
        var detected = new bool[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            var p = k * w[i];
            if (i == (int)DetectionList.CareCoordinator)
            {
                p *= detected[(int)DetectionList.Police] ? CareAfterPolice : CareWithoutPolice;
            }

            detected[i] = r.NextDouble() < Math.Min(1, p);
        }

        return detected;
    }

    private double Solve(FormGroup g, double rate)
    {
        double lo = 0, hi = 20;
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (ExpectedRate(g, mid) < rate)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    private double ExpectedRate(FormGroup g, double scale)
    {
        var w = Weights[g];
        double sum = 0;
        foreach (var z in _frailtySample)
        {
            var none = 1.0;
            for (var i = 0; i < w.Length; i++)
            {
                var p = scale * z * w[i];
                // Detected by at least one list is decided by the police list when it detects; otherwise the care
                // list detects with its lower 'without police' probability.
                if (i == (int)DetectionList.CareCoordinator)
                {
                    p *= CareWithoutPolice;
                }

                none *= 1 - Math.Min(1, p);
            }

            sum += 1 - none;
        }

        return sum / _frailtySample.Length;
    }

    private static double Gamma(Random r, double shape)
    {
        // Marsaglia and Tsang (2000), for shape >= 1.
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(r);
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = r.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    public static double Normal(Random r) =>
        Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
