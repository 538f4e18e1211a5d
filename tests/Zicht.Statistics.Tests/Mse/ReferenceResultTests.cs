using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Tests.Mse;

public sealed class ReferenceResultTests
{
    [Fact]
    public void Uk_data_hold_2744_observed_persons_in_six_and_in_five_lists()
    {
        Assert.Equal(2744, ReferenceData.Uk().Observed);
        Assert.Equal(2744, ReferenceData.UkFiveLists().Observed);
    }

    // Binette and Steorts (2021), MSETools README: sparsemse(UK) N.hat = 11312.990 (SparseMSE stepwise, pthresh 0.02);
    // MSETools' UK table is the five-list UKdat_5 (2744 persons), the basis of the published 10,000–13,000 range.
    [Fact]
    public void Stepwise_on_uk_data_matches_sparsemse()
    {
        var fit = StepwiseSelection.Select(ReferenceData.UkFiveLists());
        Assert.True(fit.IsUsable, fit.Problem);
        Assert.Equal(11312.99, fit.Total, 0.01);
    }

    // MSETools README: independence(UK) = SparseMSE::modelfit(UK, mX = NULL), N.hat = 13444.13.
    [Fact]
    public void Main_effects_on_uk_data_match_sparsemse_modelfit()
    {
        var fit = ModelFitter.Fit(ReferenceData.UkFiveLists(), []);
        Assert.Equal(13444.13, fit.Total, 0.01);
    }

    // MultipleSystemsEstimation vignette "Reproducing Chan, Silverman and Vincent (2021)": Korea, stepwise 0.02:
    // popest 268.7778, model [12,3], coefficients 4.982083 −2.832024 −3.620482 5.412241 −1.268511,
    // deviance 8.566946, AIC 44.90767, BIC 58.9686.
    [Fact]
    public void Stepwise_on_korea_data_matches_the_published_fit()
    {
        var fit = StepwiseSelection.Select(ReferenceData.Korea());
        Assert.Equal(268.7778, fit.Total, 0.001);
        Assert.Equal(["b:c"], fit.TermNames);
        var byName = fit.Coefficients.ToDictionary(c => c.Name, c => c.Estimate);
        Assert.Equal(4.982083, byName["(Intercept)"], 5);
        Assert.Equal(-2.832024, byName["b"], 5);
        Assert.Equal(-3.620482, byName["c"], 5);
        Assert.Equal(-1.268511, byName["d"], 5);
        Assert.Equal(5.412241, byName["b:c"], 5);
        Assert.Equal(8.566946, fit.Deviance, 5);
        Assert.Equal(44.90767, fit.Aic, 4);
        Assert.Equal(58.9686, fit.Bic, 3);
    }

    // Same vignette, Western site: selected model [15,2,3,4] (A:E), popest 2483.384, deviance 26.58423, AIC 91.8395,
    // BIC 118.7443; the paper reports 2483.
    [Fact]
    public void Stepwise_on_western_data_matches_the_published_fit()
    {
        var fit = StepwiseSelection.Select(ReferenceData.Western());
        Assert.Equal(["A:E"], fit.TermNames);
        Assert.Equal(2483.384, fit.Total, 0.001);
        Assert.Equal(26.58423, fit.Deviance, 4);
        Assert.Equal(91.8395, fit.Aic, 3);
        Assert.Equal(118.7443, fit.Bic, 3);
    }

    [Fact]
    public void Hiv_table_has_the_margins_rcapture_reports()
    {
        var t = ReferenceData.Hiv();
        Assert.Equal(1896, t.Observed);
        Assert.Equal([466.0, 630, 693, 236], Enumerable.Range(0, 4).Select(j => t.OverlapTotal(1 << j)).ToArray());
        Assert.Equal(1774, Enumerable.Range(1, 15).Where(m => System.Numerics.BitOperations.PopCount((uint)m) == 1).Sum(m => t[m]));
    }

    // Rcapture 1.3 tests/Examples/Rcapture-Ex.Rout.save, closedpCI.t(HIV, dfreq=TRUE, mX= ~ . + c1:c2):
    // Poisson abundance 12318.5, stderr 1188.7, deviance 7.614, df 9, AIC 86.65;
    // multinomial 12308, 95% profile likelihood interval (10266, 14992.3).
    [Fact]
    public void Profile_interval_on_hiv_data_matches_rcapture_closedpci()
    {
        var fit = ModelFitter.Fit(ReferenceData.Hiv(), [0b0011]);
        Assert.Equal(12318.5, fit.Total, 0.1);
        Assert.Equal(7.614, fit.Deviance, 3);
        Assert.Equal(9, fit.DegreesOfFreedom);
        Assert.Equal(86.65, fit.Aic, 2);
        var stderr = Math.Sqrt(fit.Hidden + fit.Hidden * fit.Hidden * fit.LogHiddenStandardError * fit.LogHiddenStandardError);
        Assert.Equal(1188.7, stderr, 0.1);
        var (interval, multinomial) = ProfileLikelihoodInterval.Compute(fit);
        Assert.Equal(12308, multinomial, 1.0);
        Assert.Equal(10266, interval.Lower, 1.0);
        Assert.Equal(14992.3, interval.Upper, 1.0);
    }

    // Same file, closedpCI.t(HIV, mX = ~ (c1+c2+c3+c4)^2): Poisson 23443.5, deviance 3.037, df 4, AIC 92.073;
    // profile (10027.6, 50046.3).
    [Fact]
    public void All_two_way_model_on_hiv_data_matches_rcapture()
    {
        int[] pairs = [0b0011, 0b0101, 0b1001, 0b0110, 0b1010, 0b1100];
        var fit = ModelFitter.Fit(ReferenceData.Hiv(), pairs);
        Assert.Equal(23443.5, fit.Total, 0.1);
        Assert.Equal(3.037, fit.Deviance, 3);
        Assert.Equal(92.073, fit.Aic, 3);
        var (interval, _) = ProfileLikelihoodInterval.Compute(fit);
        Assert.Equal(10027.6, interval.Lower, 1.0);
        Assert.Equal(50046.3, interval.Upper, 2.0);
    }
}
