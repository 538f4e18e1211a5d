using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Tests.Mse;

public sealed class ExistenceTests
{
    // Chan, Silverman and Vincent (2021), Table 2 (SparseMSE's Artificial_3): A 40, B 30, C 20, AB 6. Their Table 3 and
    // check_extended_MLE: all two-way terms → not identifiable (2); [12,3] → no estimate (1); [13,23,1,2] → fine (0).
    private static CaptureTable Artificial3() =>
        ReferenceData.Table(["A", "B", "C"], [[1, 0, 0, 40], [0, 1, 0, 30], [0, 0, 1, 20], [1, 1, 0, 6]]);

    [Fact]
    public void All_two_way_interactions_on_artificial_data_are_not_identifiable()
    {
        var fit = ModelFitter.Fit(Artificial3(), [0b011, 0b101, 0b110]);
        Assert.Equal(FitStatus.NotIdentifiable, fit.Status);
        Assert.True(double.IsNaN(fit.Hidden));
        Assert.Contains("not identifiable", fit.Problem);
    }

    [Fact]
    public void The_ab_interaction_alone_has_no_estimate_on_artificial_data()
    {
        var fit = ModelFitter.Fit(Artificial3(), [0b011]);
        Assert.Equal(FitStatus.DoesNotExist, fit.Status);
        Assert.True(double.IsNaN(fit.Hidden));
    }

    [Fact]
    public void Non_overlapping_ac_and_bc_terms_give_an_estimate_with_minus_infinite_parameters()
    {
        var fit = ModelFitter.Fit(Artificial3(), [0b101, 0b110]);
        Assert.Equal(FitStatus.Ok, fit.Status);
        Assert.Equal([0b101, 0b110], fit.EmptyTerms);
        Assert.All(fit.Coefficients.Where(c => c.Name is "A:C" or "B:C"), c => Assert.Equal(double.NegativeInfinity, c.Estimate));
        Assert.True(fit.Hidden > 0);
    }

    [Fact]
    public void Estimator_reports_no_number_when_the_estimate_does_not_exist()
    {
        // Everyone observed is on list A: nothing says how many A misses.
        var table = ReferenceData.Table(["A", "B"], [[1, 0, 30], [1, 1, 10]]);
        var result = MseEstimator.Estimate(table, new MseOptions { Method = SelectionMethod.Main });
        Assert.Null(result.Estimate);
        Assert.Null(result.Interval);
        Assert.Contains(result.Warnings, w => w.Contains("no estimate", StringComparison.Ordinal));
    }

    [Fact]
    public void Stepwise_never_adds_a_term_that_breaks_existence()
    {
        // On Artificial_3 the AB overlap (6) is far above its independence expectation, yet adding AB alone breaks existence.
        var fit = StepwiseSelection.Select(Artificial3(), 0.5);
        Assert.True(fit.IsUsable);
        Assert.DoesNotContain(0b011, fit.Terms);
    }

    [Fact]
    public void A_list_that_holds_nobody_is_named_in_a_warning()
    {
        var table = ReferenceData.Table(["A", "B", "C"], [[1, 0, 0, 40], [0, 1, 0, 30], [1, 1, 0, 12]]);
        var result = MseEstimator.Estimate(table, new MseOptions { Method = SelectionMethod.Main });
        Assert.Contains(result.Warnings, w => w.Contains("list C holds nobody", StringComparison.Ordinal));
        Assert.NotNull(result.Estimate);
    }

    [Fact]
    public void Two_lists_give_the_lincoln_petersen_estimate()
    {
        // Seber (1982) p.107, as in Rcapture's closedp example: n11 = 167, n10 = 781, n01 = 254 → Mt 2389.9.
        var table = ReferenceData.Table(["A", "B"], [[1, 1, 167], [1, 0, 781], [0, 1, 254]]);
        var fit = ModelFitter.Fit(table, []);
        Assert.Equal(948.0 * 421 / 167, fit.Total, 6);
        Assert.Equal(2389.9, fit.Total, 0.05);
    }

    [Fact]
    public void Ten_lists_are_fitted_on_all_1023_observed_cells()
    {
        var rng = new Random(5);
        var counts = new double[1 << 10];
        var p = new[] { 0.3, 0.2, 0.25, 0.1, 0.15, 0.3, 0.2, 0.1, 0.05, 0.2 };
        for (var person = 0; person < 20000; person++)
        {
            var m = 0;
            for (var j = 0; j < 10; j++)
            {
                if (rng.NextDouble() < p[j])
                {
                    m |= 1 << j;
                }
            }

            counts[m]++;
        }

        counts[0] = 0;
        var table = new CaptureTable(Enumerable.Range(0, 10).Select(j => $"L{j}").ToArray(), counts);
        var fit = StepwiseSelection.Select(table);
        Assert.True(fit.IsUsable, fit.Problem);
        Assert.Equal(1023, fit.Cells.Count);
        // Independent lists: the estimate should be near the truth (20000), well inside ±5%.
        Assert.InRange(fit.Total, 19000, 21000);
    }
}
