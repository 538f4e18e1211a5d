using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zicht.Statistics.Survival;

namespace Zicht.Statistics.Tests.Survival;

public sealed class LogRankAndCompetingRiskTests
{
    // R survival, tests/doaml.Rout.save: survdiff(Surv(time, status) ~ x, aml):
    // Maintained N 11 Observed 7 Expected 10.69; Nonmaintained 12, 11, 7.31; Chisq = 3.4 on 1 df, p = 0.0653;
    // (O−E)²/V = 3.40.
    [Fact]
    public void Log_rank_on_aml_matches_r_survdiff()
    {
        var result = LogRankTest.Test(new Dictionary<string, SurvivalData>
        {
            ["Maintained"] = AmlData.Maintained(),
            ["Nonmaintained"] = AmlData.Nonmaintained(),
        });
        Assert.Equal([7.0, 11.0], result.Observed);
        Assert.Equal(10.69, result.Expected[0], 0.005);
        Assert.Equal(7.31, result.Expected[1], 0.005);
        Assert.Equal(3.40, result.ChiSquare, 0.005);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.0653, result.PValue, 0.00005);
    }

    [Fact]
    public void A_person_entering_after_every_event_changes_no_risk_set_of_the_log_rank_test()
    {
        var m = AmlData.Maintained();
        var n = AmlData.Nonmaintained();
        var baseline = LogRankTest.Test(new Dictionary<string, SurvivalData> { ["M"] = m, ["N"] = n });
        // Same arms with delayed-entry bookkeeping (everyone from 0) plus one censored person entering at 100 in arm N.
        var mEntry = new SurvivalData(m.Exit, m.Status, new double[m.Count]);
        var nEntry = new SurvivalData([.. n.Exit, 120], [.. n.Status, 0], [.. new double[n.Count], 100]);
        var late = LogRankTest.Test(new Dictionary<string, SurvivalData> { ["M"] = mEntry, ["N"] = nEntry });
        Assert.Equal(baseline.ChiSquare, late.ChiSquare, 12);
        Assert.Equal(baseline.Expected, late.Expected);
    }

    [Fact]
    public void Log_rank_of_identical_groups_finds_no_difference()
    {
        var result = LogRankTest.Test(new Dictionary<string, SurvivalData>
        {
            ["a"] = AmlData.Maintained(),
            ["b"] = AmlData.Maintained(),
            ["c"] = AmlData.Maintained(),
        });
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(0, result.ChiSquare, 10);
        Assert.Equal(1, result.PValue, 10);
    }

    [Fact]
    public void Aalen_johansen_with_one_cause_equals_one_minus_kaplan_meier()
    {
        var km = KaplanMeier.Fit(AmlData.Nonmaintained());
        foreach (var row in AalenJohansen.Fit(AmlData.Nonmaintained()))
        {
            Assert.Equal(1 - km.At(row.Time).Survival, row.Incidence[0], 12);
            if (km.At(row.Time).Survival > 0)
            {
                Assert.Equal(km.At(row.Time).StandardError, row.StandardErrors[0], 1e-9);
            }
        }
    }

    [Fact]
    public void Aalen_johansen_splits_events_between_competing_causes()
    {
        // Hand computation: times 1..5, causes 1, 2, 0 (censored), 1, 2; n = 5, 4, 3, 2, 1.
        // S(1−) = 1: F1 += 1/5 = 0.2. S = 0.8. t=2: F2 += 0.8 · 1/4 = 0.2, S = 0.6. t=3 censored. t=4: F1 += 0.6 · 1/2 = 0.3
        // → F1 = 0.5, S = 0.3. t=5: F2 += 0.3 · 1/1 → F2 = 0.5, S = 0.
        var rows = AalenJohansen.Fit(new SurvivalData([1, 2, 3, 4, 5], [1, 2, 0, 1, 2]));
        Assert.Equal([0.5, 0.5], rows[^1].Incidence.Select(v => Math.Round(v, 12)));
        Assert.Equal(0.2, rows[1].Incidence[1], 12);
        Assert.Equal(0.5, rows[2].Incidence[0], 12);
    }

    [Property(MaxTest = 200)]
    public Property Cumulative_incidences_of_all_causes_add_up_to_one_minus_survival(NonEmptyArray<PositiveInt> times, NonEmptyArray<NonNegativeInt> causes)
    {
        var exit = times.Get.Select(t => (double)(t.Get % 40) + 1).ToArray();
        var status = exit.Select((_, i) => causes.Get[i % causes.Get.Length].Get % 3).ToArray();
        var data = new SurvivalData(exit, status);
        var km = KaplanMeier.Fit(data);
        return AalenJohansen.Fit(data).All(r => Math.Abs(r.Incidence.Sum() - (1 - km.At(r.Time).Survival)) < 1e-9).ToProperty();
    }
}
