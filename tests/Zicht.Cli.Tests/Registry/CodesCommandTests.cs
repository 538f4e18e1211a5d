namespace Zicht.Cli.Tests.Registry;

public sealed class CodesCommandTests
{
    public CodesCommandTests() => Cli.UseTestKeys();

    [Fact]
    public async Task Codes_show_lists_the_code_lists_and_their_labels_in_both_languages()
    {
        var lists = await Cli.RunAsync(Cli.Codes, "codes", "show");
        Assert.Equal(0, lists.Exit);
        Assert.Contains("ExploitationForm", lists.Out);
        Assert.Contains("Vulnerability", lists.Out);

        var forms = await Cli.RunAsync(Cli.Codes, "codes", "show", "exploitationform");
        Assert.Equal(0, forms.Exit);
        Assert.Contains("Arbeidsuitbuiting", forms.Out);
        Assert.Contains("Labour exploitation", forms.Out);

        var unknown = await Cli.RunAsync(Cli.Codes, "codes", "show", "Colours");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("no code list 'Colours'", unknown.Error);
    }

    [Fact]
    public async Task A_newer_municipality_list_replaces_the_old_and_a_bad_one_changes_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("zicht-codes-").FullName;
        var db = Path.Combine(dir, "z.db");
        var good = Path.Combine(dir, "good.csv");
        await File.WriteAllLinesAsync(good, ["code,name,province", "GM0363,Amsterdam,Noord-Holland", "GM2099,Nieuwstad,Flevoland"], TestContext.Current.CancellationToken);
        var ok = await Cli.RunAsync(Cli.Codes, "codes", "import-municipalities", "--input", good, "--db", db);
        Assert.True(ok.Exit == 0, ok.Error);
        Assert.Contains("1 added", ok.Out);
        Assert.Contains("341 no longer current", ok.Out);

        var bad = Path.Combine(dir, "bad.csv");
        await File.WriteAllLinesAsync(bad, ["code,name,province", "GM0363,Amsterdam,Noord-Holland", "XX12,Fout,Nergens"], TestContext.Current.CancellationToken);
        var refused = await Cli.RunAsync(Cli.Codes, "codes", "import-municipalities", "--input", bad, "--db", db);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("bad.csv, line 3", refused.Error);

        var missing = await Cli.RunAsync(Cli.Codes, "codes", "import-municipalities", "--input", Path.Combine(dir, "nope.csv"), "--db", db);
        Assert.Equal(2, missing.Exit);
    }
}
