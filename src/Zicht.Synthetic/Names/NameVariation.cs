using System.Globalization;
using System.Text;

namespace Zicht.Synthetic.Names;

/// <summary>The ways one person's name and date of birth differ between registrations, as in real records.</summary>
internal static class NameVariation
{
    private static readonly string[][] Transliterations =
    [
        ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad"],
        ["Ahmed", "Ahmad", "Achmed"],
        ["Youssef", "Yusuf", "Youssouf", "Joesoef"],
        ["Hussein", "Hussain", "Husein"],
        ["Mustafa", "Mustapha", "Moustafa"],
        ["Fatima", "Fatma", "Fatimah"],
        ["Aisha", "Aicha", "Ayesha"],
        ["Khadija", "Khadidja", "Chadia"],
        ["Oluwaseun", "Oluwasheun", "Seun"],
        ["Osagie", "Osaghie"],
        ["Chinedu", "Chinadu"],
        ["Ibrahim", "Ebrahim", "Ibrahima"],
        ["Tesfay", "Tesfaye", "Tesfai"],
        ["Yonas", "Yohannes", "Jonas"],
        ["Olena", "Elena", "Alena"],
        ["Serhiy", "Sergey", "Sergii"],
        ["Oleksandr", "Aleksandr", "Alexander"],
        ["Andriy", "Andrii", "Andrey"],
        ["Yuliia", "Yulia", "Julia"],
        ["Shevchenko", "Sjevtsjenko"],
        ["Kovalenko", "Kowalenko"],
        ["Nguyen", "Nguyễn"],
        ["Tran", "Trần"],
        ["Hristo", "Christo", "Hristov"],
        ["Yordan", "Jordan"],
        ["Georgi", "Georgiy"],
        ["Abdullah", "Abdallah", "Abdulla"],
        ["Jallow", "Jalloh", "Diallo"],
        ["Ceesay", "Sise", "Cisse"],
    ];

    private static readonly Spellings VariantsOf = new(Transliterations, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Particles = ["van der", "van den", "van de", "van 't", "van", "de", "den", "der", "ter", "ten", "te"];

    /// <summary>One typing error: a character replaced, dropped, doubled or two swapped.</summary>
    public static string Typo(string s, Random r)
    {
        if (s.Length < 3)
        {
            return s;
        }

        var i = r.Next(1, s.Length - 1);
        var c = s.ToCharArray().ToList();
        switch (r.Next(4))
        {
            case 0:
                c[i] = Nearby(c[i], r);
                break;
            case 1:
                c.RemoveAt(i);
                break;
            case 2:
                c.Insert(i, c[i]);
                break;
            default:
                (c[i], c[i - 1]) = (c[i - 1], c[i]);
                break;
        }

        return new string(c.ToArray());
    }

    public static bool HasTransliteration(string name) => name.Split(' ', '-').Any(VariantsOf.Contains);

    public static string Transliterate(string name, Random r) =>
        string.Join(' ', name.Split(' ').Select(part => VariantsOf.Pick(part, r)));

    public static bool HasDiacritics(string s) => s.Normalize(NormalizationForm.FormD).Length != s.Length || s.Contains('ł') || s.Contains('Ł');

    /// <summary>What a keyboard without diacritics makes of a name: "Wiśniewski" becomes "Wisniewski".</summary>
    public static string StripDiacritics(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool HasParticle(string family) => Particles.Any(p => family.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>"van der Berg" as others write it: "Vanderberg", "Berg", "Berg, van der", "v.d. Berg", "Van Der Berg".</summary>
    public static string VaryParticle(string family, Random r)
    {
        var particle = Particles.First(p => family.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase));
        var core = family[(particle.Length + 1)..];
        return r.Next(5) switch
        {
            0 => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(particle.Replace(" ", "", StringComparison.Ordinal) + core.ToLowerInvariant()),
            1 => core,
            2 => $"{core}, {particle}",
            3 => string.Join("", particle.Split(' ').Select(p => p[0] + ".")) + " " + core,
            _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(family),
        };
    }

    /// <summary>A married name: the partner's name alone, or joined to her own as Dutch registrations often do.</summary>
    public static string Married(string family, string partnerFamily, Random r) =>
        r.Next(2) == 0 ? partnerFamily : $"{partnerFamily}-{family}";

    /// <summary>Day and month swapped, as happens between European and American date order.</summary>
    public static DateOnly? SwapDayMonth(DateOnly d) =>
        d.Day <= 12 && d.Day != d.Month ? new DateOnly(d.Year, d.Day, d.Month) : null;

    /// <summary>One digit of the date mistyped: a day or a year off by a digit.</summary>
    public static DateOnly DigitTypo(DateOnly d, Random r)
    {
        if (r.Next(2) == 0)
        {
            var day = d.Day % 10 == 9 || d.Day + 1 > DateTime.DaysInMonth(d.Year, d.Month) ? d.Day - 1 : d.Day + 1;
            return new DateOnly(d.Year, d.Month, day);
        }

        var year = d.Year % 10 == 9 ? d.Year - 1 : d.Year + 1;
        return new DateOnly(year, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month)));
    }

    private static char Nearby(char c, Random r)
    {
        const string rows = "qwertyuiopasdfghjklzxcvbnm";
        var i = rows.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
        if (i < 0)
        {
            return c;
        }

        var j = Math.Clamp(i + (r.Next(2) == 0 ? -1 : 1), 0, rows.Length - 1);
        return char.IsUpper(c) ? char.ToUpperInvariant(rows[j]) : rows[j];
    }
}
