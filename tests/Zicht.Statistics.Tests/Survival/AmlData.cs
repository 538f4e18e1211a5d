using Zicht.Statistics.Survival;

namespace Zicht.Statistics.Tests.Survival;

/// <summary>R survival's aml data (Miller 1997): remission times in weeks, status 1 = relapse, 0 = censored.</summary>
internal static class AmlData
{
    public static SurvivalData Maintained() => new([9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161], [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0]);

    public static SurvivalData Nonmaintained() => new([5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45], [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1]);
}
