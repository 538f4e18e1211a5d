using System.Globalization;
using System.Text;
using Zicht.Linkage.Normalisation;

namespace Zicht.Linkage.Tests.Fixtures;

/// <summary>
/// A deterministic generator of messy person registrations with known truth: persons of several origins, each
/// registered one to eight times by organisations that misspell, transliterate, drop diacritics and particles,
/// use married names, swap first and last names or day and month, and leave fields empty. Families (siblings and
/// twins sharing surname, address and sometimes birth date) make the hard non-matches.
/// </summary>
internal static class MessyPeople
{
    public static List<PersonRecord> Generate(int records, int seed, double noise = 1.0)
    {
        var random = new Random(seed);
        var result = new List<PersonRecord>(records);
        var person = 0;
        Person? sibling = null;
        while (result.Count < records)
        {
            var p = sibling is { } s && random.NextDouble() < 0.5 ? Sibling(s, random, person) : NewPerson(random, person);
            sibling = random.NextDouble() < 0.12 ? p : null;
            person++;
            var count = RecordCount(random);
            for (var i = 0; i < count && result.Count < records; i++)
            {
                result.Add(Register(p, random, i == 0 ? noise * 0.3 : noise, $"R{result.Count + 1:D7}"));
            }
        }

        // Registrations arrive from many organisations in no particular order.
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
        return result;
    }

    private sealed record Person(string Id, NameGroup Group, bool Female, string First, string? Second, string Last, string? Married, DateOnly Birth, string Postcode)
    {
        /// <summary>First names used in the family so far: siblings never share one.</summary>
        public HashSet<string> FamilyNames { get; init; } = [];
    }

    private static int RecordCount(Random r)
    {
        var x = r.NextDouble();
        return x < 0.55 ? 1 : x < 0.8 ? 2 : x < 0.9 ? 3 : x < 0.95 ? 4 : 5 + r.Next(4);
    }

    private static Person NewPerson(Random r, int n)
    {
        var group = PickGroup(r);
        var female = r.NextDouble() < 0.6;
        var names = female ? group.Female : group.Male;
        var first = GivenName(names, r);
        var second = r.NextDouble() < 0.12 ? GivenName(names, r) : null;
        if (second == first)
        {
            second = null;
        }

        var last = Surname(group, r, female);
        var age = 14 + r.Next(50);
        var birth = new DateOnly(2025 - age, 1, 1).AddDays(r.Next(365));
        string? married = null;
        if (female && age > 22 && r.NextDouble() < 0.25)
        {
            married = Surname(r.NextDouble() < 0.7 ? group : PickGroup(r), r, female);
        }

        return new Person($"P{n:D7}", group, female, first, second, last, married, birth, Postcode(r));
    }

    private static Person Sibling(Person s, Random r, int n)
    {
        var female = r.NextDouble() < 0.5;
        var names = female ? s.Group.Female : s.Group.Male;
        string first;
        s.FamilyNames.Add(s.First);
        var tries = 0;
        do
        {
            first = Zipf(names, r);
        }
        while (s.FamilyNames.Contains(first) && ++tries < 100);
        s.FamilyNames.Add(first);

        // A few siblings are twins: same birth date, another first name.
        var birth = r.NextDouble() < 0.03 ? s.Birth : s.Birth.AddDays((r.Next(2) == 0 ? -1 : 1) * (300 + r.Next(3000)));
        return new Person($"P{n:D7}", s.Group, female, first, null, s.Last, null, birth, s.Postcode) { FamilyNames = s.FamilyNames };
    }

    private static PersonRecord Register(Person p, Random r, double noise, string id)
    {
        bool Chance(double q) => r.NextDouble() < q * noise;
        var first = Latin(p.First, p.Group, r);
        if (p.Second is not null && !Chance(0.4))
        {
            first = $"{first} {Latin(p.Second, p.Group, r)}";
        }

        var last = Latin(p.Last, p.Group, r);
        if (p.Married is not null && Chance(0.3))
        {
            // Mostly the married name joined to the birth name, sometimes instead of it.
            var married = Latin(p.Married, p.Group, r);
            last = r.Next(6) switch { 0 => married, 1 or 2 => $"{married}-{last}", _ => $"{last}-{married}" };
        }

        if (Chance(0.3))
        {
            last = ParticleVariant(last, r);
        }

        if (Chance(0.05))
        {
            first = Typo(first, r);
        }

        if (Chance(0.05))
        {
            last = Typo(last, r);
        }

        if (Chance(0.5))
        {
            first = Plain(first);
            last = Plain(last);
        }

        if (Chance(0.02))
        {
            (first, last) = (last, first);
        }

        if (Chance(0.1))
        {
            first = first.ToUpperInvariant();
            last = last.ToUpperInvariant();
        }

        var dob = Date(p.Birth, r, noise);
        var postcode = Chance(0.2) ? Postcode(r) : p.Postcode;
        if (Chance(0.2))
        {
            postcode = r.Next(2) == 0 ? postcode.Replace(" ", string.Empty, StringComparison.Ordinal) : postcode.ToLowerInvariant();
        }

        return new PersonRecord(
            id,
            p.Id,
            Chance(0.01) ? null : first,
            Chance(0.01) ? null : last,
            Chance(0.04) ? null : dob,
            Chance(0.3) ? null : postcode,
            Chance(0.1) ? null : (p.Female ? "F" : "M"),
            Chance(0.3) ? null : p.Group.Nationality);
    }

    private static string Date(DateOnly d, Random r, double noise)
    {
        int y = d.Year, m = d.Month, day = d.Day;
        var x = r.NextDouble() / Math.Max(noise, 1e-9);
        if (x < 0.04 && day <= 12)
        {
            (m, day) = (day, m);
        }
        else if (x < 0.08)
        {
            // One digit mistyped.
            var digits = $"{y:D4}{m:D2}{day:D2}".ToCharArray();
            var i = r.Next(8);
            digits[i] = (char)('0' + ((digits[i] - '0' + 1 + r.Next(9)) % 10));
            var s = new string(digits);
            y = int.Parse(s[..4], CultureInfo.InvariantCulture);
            m = int.Parse(s[4..6], CultureInfo.InvariantCulture);
            day = int.Parse(s[6..], CultureInfo.InvariantCulture);
            if (m is < 1 or > 12 || day is < 1 or > 31)
            {
                (y, m, day) = (d.Year, d.Month, d.Day);
            }
        }

        return r.Next(3) switch
        {
            0 => $"{y:D4}-{m:D2}-{day:D2}",
            1 => $"{day:D2}-{m:D2}-{y:D4}",
            _ => $"{day}/{m}/{y:D4}",
        };
    }

    private static string Latin(string name, NameGroup group, Random r)
    {
        var cyrillic = name.Any(c => c is >= 'А' and <= 'я' or 'і' or 'ї' or 'є' or 'ґ');
        if (cyrillic && r.NextDouble() < 0.1)
        {
            return name;
        }

        var latin = cyrillic ? Capitalise(TextFolding.Fold(name)) : name;
        foreach (var variants in group.Variants)
        {
            if (variants.Contains(latin, StringComparer.OrdinalIgnoreCase) && r.NextDouble() < 0.3)
            {
                return variants[r.Next(variants.Length)];
            }
        }

        return latin;
    }

    /// <summary>A listed name, or (as often in a real population's long tail) one blended from two listed names of the origin.</summary>
    private static string GivenName(string[] names, Random r)
    {
        var a = Zipf(names, r);
        if (r.NextDouble() < 0.5)
        {
            return a;
        }

        var b = names[r.Next(names.Length)];
        var cut = Math.Min(a.Length, 2 + r.Next(3));
        var from = Math.Min(b.Length - 1, 1 + r.Next(3));
        return a[..cut] + b[from..].ToLowerInvariant();
    }

    private static string Surname(NameGroup g, Random r, bool female)
    {
        var stem = Zipf(g.SurnameStarts, r);
        var end = Zipf(g.SurnameEnds, r);
        if (r.NextDouble() < 0.6)
        {
            // The long tail: a second stem inside the name (Kampers, Bergsma, Olabayode...).
            var inner = g.SurnameStarts[r.Next(g.SurnameStarts.Length)].Trim().ToLowerInvariant();
            stem += inner[..Math.Min(inner.Length, 2 + r.Next(3))];
        }

        var name = stem + end;
        if (female && g.Nationality == "PL" && name.EndsWith("ski", StringComparison.Ordinal))
        {
            name = name[..^1] + "a";
        }

        name = Capitalise(name.Trim());
        return g.Particles.Length > 0 && r.NextDouble() < 0.35 ? $"{Zipf(g.Particles, r)} {name}" : name;
    }

    /// <summary>The ways Dutch particles are written: capitalised, abbreviated, moved behind, or left out.</summary>
    private static string ParticleVariant(string last, Random r)
    {
        var particles = new[] { "van der ", "van den ", "van de ", "van 't ", "van ", "de ", "den ", "ter " };
        var particle = particles.FirstOrDefault(p => last.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (particle is null)
        {
            return last;
        }

        var core = last[particle.Length..];
        return r.Next(4) switch
        {
            0 => $"{Capitalise(particle.Trim())} {core}",
            1 => $"{core}, {particle.Trim()}",
            2 => core,
            _ => particle.StartsWith("van d", StringComparison.Ordinal) ? $"v.d. {core}" : $"{particle.Trim().ToUpperInvariant()} {core}",
        };
    }

    private static string Typo(string s, Random r)
    {
        if (s.Length < 4)
        {
            return s;
        }

        var i = 1 + r.Next(s.Length - 2);
        var c = new StringBuilder(s);
        switch (r.Next(4))
        {
            case 0:
                c[i] = (char)('a' + r.Next(26));
                break;
            case 1:
                c.Remove(i, 1);
                break;
            case 2:
                c.Insert(i, c[i]);
                break;
            default:
                (c[i], c[i + 1 < c.Length ? i + 1 : i - 1]) = (c[i + 1 < c.Length ? i + 1 : i - 1], c[i]);
                break;
        }

        return c.ToString();
    }

    /// <summary>Diacritics dropped the way a keyboard without them does.</summary>
    private static string Plain(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch switch { 'ł' => 'l', 'Ł' => 'L', 'đ' => 'd', 'Đ' => 'D', _ => ch });
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Postcode(Random r) =>
        $"{1000 + r.Next(9000)} {(char)('A' + r.Next(26))}{(char)('A' + r.Next(26))}";

    private static NameGroup PickGroup(Random r)
    {
        var x = r.NextDouble() * NameGroups.All.Sum(g => g.Weight);
        foreach (var g in NameGroups.All)
        {
            x -= g.Weight;
            if (x <= 0)
            {
                return g;
            }
        }

        return NameGroups.All[^1];
    }

    /// <summary>A Zipf-like pick: earlier entries are more common, as real name frequencies are.</summary>
    private static string Zipf(string[] values, Random r)
    {
        var u = r.NextDouble();
        var i = (int)(values.Length * Math.Pow(u, 1.15));
        return values[Math.Min(i, values.Length - 1)];
    }

    private static string Capitalise(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
