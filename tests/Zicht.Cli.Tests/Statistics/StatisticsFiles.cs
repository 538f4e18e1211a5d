namespace Zicht.Cli.Tests.Statistics;

/// <summary>Small input files for the statistics commands, written to a fresh temporary folder.</summary>
internal static class StatisticsFiles
{
    public static string Write(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("zicht-stats-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Korea data (Ball, Shin and Yang 2018) as in MultipleSystemsEstimation; stepwise total 268.7778.</summary>
    public static string Korea() => Write("korea.csv", "b,c,d,count\n1,0,0,5\n0,1,0,5\n1,1,0,54\n0,0,1,41\n1,0,1,6\n0,1,1,0\n1,1,1,12\n");

    /// <summary>R survival's aml data with its two arms.</summary>
    public static string Aml()
    {
        var rows = new List<string> { "id,weeks,relapse,arm" };
        (int, int)[] maintained = [(9, 1), (13, 1), (13, 0), (18, 1), (23, 1), (28, 0), (31, 1), (34, 1), (45, 0), (48, 1), (161, 0)];
        (int, int)[] non = [(5, 1), (5, 1), (8, 1), (8, 1), (12, 1), (16, 0), (23, 1), (27, 1), (30, 1), (33, 1), (43, 1), (45, 1)];
        var id = 0;
        rows.AddRange(maintained.Select(m => $"{++id},{m.Item1},{m.Item2},Maintained"));
        rows.AddRange(non.Select(m => $"{++id},{m.Item1},{m.Item2},Nonmaintained"));
        return Write("aml.csv", string.Join('\n', rows) + "\n");
    }
}
