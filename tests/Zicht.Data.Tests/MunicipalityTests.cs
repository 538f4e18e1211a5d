using Microsoft.EntityFrameworkCore;
using Zicht.Data.Reference;
using Zicht.Data.Storage;

namespace Zicht.Data.Tests;

public sealed class MunicipalityTests
{
    [Fact]
    public void The_shipped_list_has_every_municipality_of_2025_with_its_province()
    {
        var list = MunicipalityList.Shipped();
        Assert.Equal(342, list.Count);
        Assert.Equal(12, list.Select(m => m.Province).Distinct().Count());
        Assert.Contains(list, m => m.Code == "GM0363" && m.Name == "Amsterdam" && m.Province == "Noord-Holland");
        Assert.Contains(list, m => m.Code == "GM0518" && m.Name == "'s-Gravenhage");
        Assert.Contains(list, m => m.Code == "GM1980" && m.Name == "Dijk en Waard");
    }

    [Fact]
    public void A_bad_list_is_refused_with_its_line()
    {
        var e = Assert.Throws<FormatException>(() => MunicipalityList.Parse(new StringReader("code,name,province\nGM0363,Amsterdam,Noord-Holland\n0599,Rotterdam,Zuid-Holland\n"), "new.csv"));
        Assert.Contains("new.csv, line 3", e.Message);
        Assert.Contains("0599", e.Message);
        Assert.Throws<FormatException>(() => MunicipalityList.Parse(new StringReader("code,name\nGM0363,Amsterdam\n"), "x.csv"));
        Assert.Throws<FormatException>(() => MunicipalityList.Parse(new StringReader("code,name,province\nGM0363,A,B\nGM0363,A,B\n"), "x.csv"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Importing_a_newer_list_adds_renames_and_retires_without_deleting(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        var ct = TestContext.Current.CancellationToken;
        await database.MigrateAsync(ct);
        var newer = MunicipalityList.Shipped().Where(m => m.Code != "GM0014").Select(m => m.Code == "GM0363" ? m with { Name = "Amsterdam (nieuw)" } : m)
            .Append(new Zicht.Domain.Reference.Municipality("GM2099", "Nieuwegemeente", "Groningen")).ToList();

        await using var db = database.CreateContext();
        var (added, updated, retired) = await MunicipalityImport.ReplaceAsync(db, newer, ct);
        Assert.Equal((1, 1, 1), (added, updated, retired));
        var all = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, ct);
        Assert.Equal(343, all.Count);
        Assert.False(all["GM0014"].IsCurrent);
        Assert.Equal("Amsterdam (nieuw)", all["GM0363"].Name);
        Assert.True(all["GM2099"].IsCurrent);
    }
}
