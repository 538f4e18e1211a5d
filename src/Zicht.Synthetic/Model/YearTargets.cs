namespace Zicht.Synthetic.Model;

/// <summary>Registered persons wanted per stratum (form group × minor) in one year, after scaling.</summary>
public sealed record YearTargets(int Year, IReadOnlyDictionary<(FormGroup Group, bool Minor), double> Registered, double Suspects, double DismissalShare)
{
    /// <summary>Splits a year's published marginals into strata; several forms per person make the overlap.</summary>
    public static YearTargets From(YearProfile p, double scale)
    {
        double r = p.Registered, s = p.Sexual, l = p.LabourIncludingCriminal, c = p.Criminal;
        var both = Math.Max(0, s + l - r) + 0.02 * r;
        var sexualOnly = Math.Max(0, s - both);
        var labourOnly = Math.Max(0, l - c - both);
        var other = Math.Max(0, r - sexualOnly - labourOnly - c - both);
        var groups = new Dictionary<FormGroup, double>
        {
            [FormGroup.Sexual] = sexualOnly,
            [FormGroup.Labour] = labourOnly,
            [FormGroup.Criminal] = c,
            [FormGroup.SexualAndLabour] = both,
            [FormGroup.Other] = other,
        };

        // Minors are mostly in sexual and criminal exploitation; spread the published number by those weights.
        var weight = new Dictionary<FormGroup, double>
        {
            [FormGroup.Sexual] = 3, [FormGroup.Labour] = 0.3, [FormGroup.Criminal] = 3, [FormGroup.SexualAndLabour] = 1, [FormGroup.Other] = 1,
        };
        var denominator = groups.Sum(g => g.Value * weight[g.Key]);
        var result = new Dictionary<(FormGroup, bool), double>();
        foreach (var (g, n) in groups)
        {
            var minors = denominator == 0 ? 0 : Math.Min(n * 0.9, p.Minors * n * weight[g] / denominator);
            result[(g, true)] = minors * scale;
            result[(g, false)] = (n - minors) * scale;
        }

        return new YearTargets(p.Year, result, p.PoliceSuspects * scale, p.DismissalShare);
    }
}
