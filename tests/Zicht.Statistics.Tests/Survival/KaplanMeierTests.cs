using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zicht.Statistics.Survival;

namespace Zicht.Statistics.Tests.Survival;

public sealed class KaplanMeierTests
{
    // R survival, tests/doaml.Rout.save: summary(survfit(Surv(time, status) ~ x, aml)), Maintained group:
    // time n.risk n.event survival std.err lower 95% CI upper 95% CI
    public static TheoryData<double, int, int, double, double, double, double> Maintained => new()
    {
        { 9, 11, 1, 0.909, 0.0867, 0.7541, 1.000 },
        { 13, 10, 1, 0.818, 0.1163, 0.6192, 1.000 },
        { 18, 8, 1, 0.716, 0.1397, 0.4884, 1.000 },
        { 23, 7, 1, 0.614, 0.1526, 0.3769, 0.999 },
        { 31, 5, 1, 0.491, 0.1642, 0.2549, 0.946 },
        { 34, 4, 1, 0.368, 0.1627, 0.1549, 0.875 },
        { 48, 2, 1, 0.184, 0.1535, 0.0359, 0.944 },
    };

    [Theory]
    [MemberData(nameof(Maintained))]
    public void Kaplan_meier_on_aml_maintained_matches_r_survfit(double time, int atRisk, int events, double s, double se, double lower, double upper)
    {
        var row = KaplanMeier.Fit(AmlData.Maintained()).EventRows.Single(r => r.Time == time);
        Assert.Equal(atRisk, row.AtRisk);
        Assert.Equal(events, row.Events);
        Assert.Equal(s, row.Survival, 0.0005);
        Assert.Equal(se, row.StandardError, 0.00005);
        Assert.Equal(lower, row.Lower, 0.00005);
        Assert.Equal(upper, row.Upper, 0.0005);
    }

    [Fact]
    public void Kaplan_meier_on_aml_nonmaintained_matches_r_survfit_including_ties_and_the_last_event()
    {
        // Same source: 5 (12 at risk, 2 events) 0.8333 0.1076 0.6470 1.000; 8 (10, 2) 0.6667 0.1361 0.4468 0.995;
        // 45 (1, 1) 0.0000 NaN NA NA.
        var curve = KaplanMeier.Fit(AmlData.Nonmaintained());
        var five = curve.At(5);
        Assert.Equal((12, 2), (five.AtRisk, five.Events));
        Assert.Equal(0.8333, five.Survival, 0.00005);
        Assert.Equal(0.1076, five.StandardError, 0.00005);
        Assert.Equal(0.6470, five.Lower, 0.00005);
        var eight = curve.At(8);
        Assert.Equal(0.6667, eight.Survival, 0.00005);
        Assert.Equal(0.4468, eight.Lower, 0.00005);
        Assert.Equal(0.995, eight.Upper, 0.0005);
        var last = curve.At(45);
        Assert.Equal(0, last.Survival);
        Assert.True(double.IsNaN(last.Lower) && double.IsNaN(last.Upper));
        // survfit print: medians 31 (Maintained) and 23 (Nonmaintained).
        Assert.Equal(23, curve.Median);
        Assert.Equal(31, KaplanMeier.Fit(AmlData.Maintained()).Median);
    }

    [Fact]
    public void Log_log_and_plain_intervals_follow_r_survfit_formulas()
    {
        // Hand computation for aml Maintained at t = 9: S = 10/11, σ = se(log S) = sqrt(1/(11·10)).
        var s = 10.0 / 11;
        var sigma = Math.Sqrt(1.0 / 110);
        var z = 1.959963984540054;
        var shift = z * sigma / Math.Log(s);
        var logLog = KaplanMeier.Fit(AmlData.Maintained(), ConfidenceType.LogLog).At(9);
        Assert.Equal(Math.Exp(-Math.Exp(Math.Log(-Math.Log(s)) - shift)), logLog.Lower, 12);
        Assert.Equal(Math.Exp(-Math.Exp(Math.Log(-Math.Log(s)) + shift)), logLog.Upper, 12);
        Assert.Equal(0.5081, logLog.Lower, 0.0001);
        Assert.Equal(0.9867, logLog.Upper, 0.0001);
        var plain = KaplanMeier.Fit(AmlData.Maintained(), ConfidenceType.Plain).At(9);
        Assert.Equal(s - z * s * sigma, plain.Lower, 12);
        Assert.Equal(1, plain.Upper);
    }

    [Fact]
    public void Delayed_entry_keeps_a_person_out_of_the_risk_set_until_after_entry()
    {
        // Independent hand computation with (entry, exit]: A (0,2] event, B (0,5] event, C (3,6] event, D (1,4] censored.
        // t=2: at risk A,B,D (C enters at 3) → S = 2/3. t=5: at risk B,C (D left at 4) → S = 2/3 · 1/2. t=6: C alone → 0.
        var data = new SurvivalData([2, 5, 6, 4], [1, 1, 1, 0], [0, 0, 3, 1]);
        var curve = KaplanMeier.Fit(data);
        Assert.Equal(3, curve.At(2).AtRisk);
        Assert.Equal(2.0 / 3, curve.At(2).Survival, 12);
        Assert.Equal(3, curve.At(4).AtRisk);
        Assert.Equal(2, curve.At(5).AtRisk);
        Assert.Equal(1.0 / 3, curve.At(5).Survival, 12);
        Assert.Equal(0, curve.At(6).Survival);
    }

    [Fact]
    public void A_person_entering_at_an_event_time_is_not_at_risk_at_it()
    {
        // R's (start, stop] convention: entering at 2 means at risk only after 2.
        var data = new SurvivalData([2, 3, 9], [1, 1, 0], [0, 2, 0]);
        Assert.Equal(2, KaplanMeier.Fit(data).At(2).AtRisk);
    }

    [Fact]
    public void Censoring_at_an_event_time_counts_the_censored_person_at_risk()
    {
        var data = new SurvivalData([3, 3, 5], [1, 0, 1]);
        var row = KaplanMeier.Fit(data).At(3);
        Assert.Equal((3, 1, 1), (row.AtRisk, row.Events, row.Censored));
        Assert.Equal(2.0 / 3, row.Survival, 12);
    }

    [Fact]
    public void Survival_before_the_first_time_is_one_and_between_steps_is_the_last_step()
    {
        var curve = KaplanMeier.Fit(AmlData.Maintained());
        Assert.Equal(1, curve.At(1).Survival);
        Assert.Equal(curve.At(13).Survival, curve.At(17.5).Survival);
        Assert.Equal(8, curve.At(17.5).AtRisk);
    }

    [Property(MaxTest = 200)]
    public Property Survival_never_rises_and_stays_within_its_interval(NonEmptyArray<PositiveInt> times, bool[] events)
    {
        var exit = times.Get.Select(t => (double)(t.Get % 50) + 1).ToArray();
        var status = exit.Select((_, i) => events.Length > 0 && events[i % events.Length] ? 1 : 0).ToArray();
        var rows = KaplanMeier.Fit(new SurvivalData(exit, status)).Rows;
        var ok = true;
        for (var i = 0; i < rows.Count; i++)
        {
            ok &= i == 0 || rows[i].Survival <= rows[i - 1].Survival;
            ok &= double.IsNaN(rows[i].Lower) || (rows[i].Lower <= rows[i].Survival + 1e-12 && rows[i].Survival <= rows[i].Upper + 1e-12);
        }

        return ok.ToProperty();
    }
}
