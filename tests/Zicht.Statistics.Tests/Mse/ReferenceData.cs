using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Tests.Mse;

/// <summary>Published capture tables used by the reference implementations (sources next to each table).</summary>
internal static class ReferenceData
{
    public static CaptureTable Table(string[] lists, int[][] rows)
    {
        var counts = new double[1 << lists.Length];
        foreach (var row in rows)
        {
            var mask = 0;
            for (var j = 0; j < lists.Length; j++)
            {
                mask |= row[j] << j;
            }

            counts[mask] += row[lists.Length];
        }

        return new CaptureTable(lists, counts);
    }

    /// <summary>
    /// UK 2013 strategic assessment, six lists (SparseMSE's UKdat; Home Office 2014, "Modern Slavery: an application of
    /// multiple systems estimation"). Transcribed from input/silverman_code/datasets.R in dglindner2/Modern-Slavery-MSE.
    /// </summary>
    public static CaptureTable Uk() => Table(
        ["LA", "NG", "PF", "GO", "GP", "NCA"],
        [
            [1, 0, 0, 0, 0, 0, 54], [0, 1, 0, 0, 0, 0, 463], [0, 0, 1, 0, 0, 0, 907], [0, 0, 0, 1, 0, 0, 695],
            [0, 0, 0, 0, 1, 0, 316], [0, 0, 0, 0, 0, 1, 57], [1, 1, 0, 0, 0, 0, 15], [1, 0, 1, 0, 0, 0, 19],
            [1, 0, 0, 1, 0, 0, 3], [0, 1, 1, 0, 0, 0, 56], [0, 1, 0, 1, 0, 0, 19], [0, 1, 0, 0, 1, 0, 1],
            [0, 1, 0, 0, 0, 1, 3], [0, 0, 1, 1, 0, 0, 69], [0, 0, 1, 0, 1, 0, 10], [0, 0, 1, 0, 0, 1, 31],
            [0, 0, 0, 1, 1, 0, 8], [0, 0, 0, 1, 0, 1, 6], [0, 0, 0, 0, 1, 1, 1], [1, 1, 1, 0, 0, 0, 1],
            [1, 1, 0, 1, 0, 0, 1], [0, 1, 1, 1, 0, 0, 4], [0, 1, 1, 0, 0, 1, 3], [0, 0, 1, 1, 0, 1, 1],
            [1, 1, 1, 1, 0, 0, 1],
        ]);

    /// <summary>
    /// The UK data in five lists, police forces and the National Crime Agency merged (SparseMSE's UKdat_5), from the same
    /// datasets.R. This is the "UK" table of Binette and Steorts' MSETools, whose README gives the reference estimates.
    /// </summary>
    public static CaptureTable UkFiveLists() => Table(
        ["LA", "NG", "PFNCA", "GO", "GP"],
        [
            [1, 0, 0, 0, 0, 54], [0, 1, 0, 0, 0, 463], [0, 0, 1, 0, 0, 995], [0, 0, 0, 1, 0, 695], [0, 0, 0, 0, 1, 316],
            [1, 1, 0, 0, 0, 15], [1, 0, 1, 0, 0, 19], [1, 0, 0, 1, 0, 3], [0, 1, 1, 0, 0, 62], [0, 1, 0, 1, 0, 19],
            [0, 1, 0, 0, 1, 1], [0, 0, 1, 1, 0, 76], [0, 0, 1, 0, 1, 11], [0, 0, 0, 1, 1, 8], [1, 1, 1, 0, 0, 1],
            [1, 1, 0, 1, 0, 1], [0, 1, 1, 1, 0, 4], [1, 1, 1, 1, 0, 1],
        ]);

    /// <summary>
    /// Korean women in Palembang (Ball, Shin and Yang 2018), three lists, as printed by MultipleSystemsEstimation's
    /// "Reproducing Chan, Silverman and Vincent (2021)" vignette ($fit$y: A=5, B=5, AB=54, C=41, AC=6, BC=0, ABC=12).
    /// </summary>
    public static CaptureTable Korea() => Table(
        ["b", "c", "d"],
        [[1, 0, 0, 5], [0, 1, 0, 5], [1, 1, 0, 54], [0, 0, 1, 41], [1, 0, 1, 6], [0, 1, 1, 0], [1, 1, 1, 12]]);

    /// <summary>
    /// Western U.S. site (SparseMSE's Western), five lists, the 31 pattern counts in bit order as printed ($fit$y) by the
    /// same vignette.
    /// </summary>
    public static CaptureTable Western()
    {
        double[] y = [52, 90, 0, 114, 4, 6, 0, 45, 2, 1, 0, 0, 0, 1, 0, 21, 5, 0, 0, 0, 1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0];
        var counts = new double[32];
        for (var m = 1; m < 32; m++)
        {
            counts[m] = y[m - 1];
        }

        return new CaptureTable(["A", "B", "C", "D", "E"], counts);
    }

    /// <summary>
    /// HIV in Rome, four reporting centres (Abeni, Brancato and Perucci 1994; Rcapture's HIV data). Counts as in the
    /// expand.grid listing of a public 4-stream CRC analysis; the list order c1..c4 is checked against Rcapture's
    /// descriptive() margins (n_i = 466, 630, 693, 236; f_1 = 1774) in a test.
    /// </summary>
    public static CaptureTable Hiv() => Table(
        ["c1", "c2", "c3", "c4"],
        [
            [1, 1, 1, 1, 0], [1, 1, 1, 0, 3], [1, 1, 0, 1, 1], [1, 1, 0, 0, 33], [1, 0, 1, 1, 0], [1, 0, 1, 0, 20],
            [1, 0, 0, 1, 6], [1, 0, 0, 0, 403], [0, 1, 1, 1, 3], [0, 1, 1, 0, 35], [0, 1, 0, 1, 10], [0, 1, 0, 0, 545],
            [0, 0, 1, 1, 11], [0, 0, 1, 0, 621], [0, 0, 0, 1, 205],
        ]);
}
