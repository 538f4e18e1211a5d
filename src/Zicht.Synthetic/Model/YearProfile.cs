namespace Zicht.Synthetic.Model;

/// <summary>
/// What the registry saw in one year: registered possible victims and their mix. 2016–2020 follow the published
/// victim monitor; the other years carry the 2020 mix at an illustrative level (marked <see cref="Published"/> false).
/// </summary>
public sealed record YearProfile(
    int Year,
    int Registered,
    int Sexual,
    int LabourIncludingCriminal,
    int Criminal,
    int Minors,
    int PoliceSuspects,
    double DismissalShare,
    bool Published)
{
    private static readonly YearProfile[] Known =
    [
        // Registered, sexual, labour incl. criminal and minors as published for 2016–2020 (2017: only the total and
        // minors were published; its mix is interpolated). Criminal exploitation was first split out for 2019–2020;
        // earlier years get an assumed share. Suspects and dismissals follow the perpetrator monitor's trend.
        new(2016, 952, 523, 244, 30, 227, 285, 0.25, true),
        new(2017, 958, 530, 240, 35, 194, 250, 0.30, true),
        new(2018, 668, 458, 142, 35, 62, 215, 0.36, true),
        new(2019, 1334, 849, 424, 196, 108, 170, 0.42, true),
        new(2020, 984, 408, 603, 154, 68, 180, 0.43, true),
    ];

    public static YearProfile For(int year)
    {
        var known = Known.FirstOrDefault(k => k.Year == year);
        if (known is not null)
        {
            return known;
        }

        // Outside the published years: about a thousand a year with the latest published mix.
        var basis = year < 2016 ? Known[0] : Known[^1];
        var registered = 1000 + (Math.Abs(year * 7919) % 7 - 3) * 40;
        double f = registered / (double)basis.Registered;
        return new YearProfile(year, registered, (int)Math.Round(basis.Sexual * f), (int)Math.Round(basis.LabourIncludingCriminal * f),
            (int)Math.Round(basis.Criminal * f), (int)Math.Round(basis.Minors * f), basis.PoliceSuspects, basis.DismissalShare, false);
    }
}
