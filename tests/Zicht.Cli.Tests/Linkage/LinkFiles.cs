using System.Globalization;
using System.Text;

namespace Zicht.Cli.Tests.Linkage;

/// <summary>Small messy person files with a truth column, written to a temporary folder for the link command tests.</summary>
internal static class LinkFiles
{
    private static readonly string[] First = ["Jan", "Pieter", "Sanne", "Emma", "Chinedu", "Ngozi", "Łukasz", "Małgorzata", "Olena", "Mohammed", "Fatima", "Yonas", "Ioana", "Andrei", "Thảo", "Daan", "Lotte", "Kelechi", "Agnieszka", "Youssef"];

    private static readonly string[] Last = ["de Vries", "van der Berg", "Jansen", "Okafor", "Adeyemi", "Kowalski", "Wiśniewska", "Shevchenko", "El Idrissi", "Tesfay", "Popescu", "Nguyễn", "Bakker", "Okonkwo", "Nowak", "ter Horst", "Haddad", "Dumitru", "Visser", "Eze", "Brouwer", "Mulder", "Bos", "Kamińska", "Balogun"];

    public static string Folder() => Directory.CreateTempSubdirectory("zicht-link-").FullName;

    /// <summary>About <paramref name="persons"/> persons, each registered one to three times with typos, swapped day and month, missing fields.</summary>
    public static (string Header, List<string> Rows) People(int persons, int seed, string idPrefix = "r")
    {
        var random = new Random(seed);
        var rows = new List<string>();
        var n = 0;
        for (var p = 0; p < persons; p++)
        {
            var first = First[random.Next(First.Length)];
            var last = Last[random.Next(Last.Length)];
            var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 45));
            var postcode = $"{1000 + random.Next(9000)} {(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
            var copies = 1 + random.Next(3);
            for (var c = 0; c < copies; c++)
            {
                var f = c > 0 && random.NextDouble() < 0.15 ? Typo(first, random) : first;
                var l = c > 0 && random.NextDouble() < 0.15 ? Typo(last, random) : last;
                var d = birth;
                var date = c > 0 && random.NextDouble() < 0.1 && d.Day <= 12
                    ? $"{d.Year:D4}-{d.Day:D2}-{d.Month:D2}"
                    : (random.Next(2) == 0 ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
                var pc = c > 0 && random.NextDouble() < 0.3 ? string.Empty : postcode;
                rows.Add($"{idPrefix}{++n},{Csv(f)},{Csv(l)},{date},{pc},P{p}");
            }
        }

        return ("id,first_name,last_name,date_of_birth,postcode,person", rows);
    }

    public static string Write(string folder, string name, string header, IEnumerable<string> rows)
    {
        var path = Path.Combine(folder, name);
        var sb = new StringBuilder(header).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(r).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
        return path;
    }

    public static List<string[]> ReadCsv(string path) =>
        [.. File.ReadAllLines(path).Select(l => l.Split(','))];

    private static string Typo(string s, Random r)
    {
        var i = 1 + r.Next(s.Length - 2);
        return s[..i] + s[(i + 1)..];
    }

    private static string Csv(string s) => s.Contains(',', StringComparison.Ordinal) ? $"\"{s}\"" : s;
}
