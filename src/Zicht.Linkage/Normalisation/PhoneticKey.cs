using System.Text;

namespace Zicht.Linkage.Normalisation;

/// <summary>A coarse sound key for blocking: spellings of one name across Dutch, English, Slavic and West African usage share it.</summary>
public static class PhoneticKey
{
    private static readonly (string From, string To)[] Rules =
    [
        ("sch", "s"), ("tsj", "c"), ("tch", "c"), ("ch", "c"), ("sh", "c"), ("sz", "c"), ("cz", "c"), ("zh", "c"), ("kh", "c"),
        ("ph", "f"), ("th", "t"), ("dt", "t"), ("ck", "k"), ("qu", "k"), ("ij", "i"), ("ei", "i"), ("ey", "i"), ("ie", "i"),
        ("ou", "u"), ("oe", "u"), ("au", "u"), ("ue", "u"), ("x", "ks"), ("c", "k"), ("q", "k"), ("z", "s"), ("w", "v"),
        ("y", "i"), ("j", "i"), ("gh", "g"), ("dj", "g"),
    ];

    /// <summary>The sound key of a name's first word (particles skipped): first letter kept, later vowels dropped, doubled letters collapsed, at most six characters.</summary>
    public static string Of(string? name)
    {
        var core = NameNormaliser.Normalise(name).Core;
        if (core.Length == 0)
        {
            return string.Empty;
        }

        // The first word only: "Anna Maria" and "Anna", "Jansen de Vries" and "Jansen" share it.
        var space = core.IndexOf(' ', StringComparison.Ordinal);
        var s = space > 0 ? core[..space] : core;
        foreach (var (from, to) in Rules)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        var sb = new StringBuilder(6);
        var previous = '\0';
        for (var i = 0; i < s.Length && sb.Length < 6; i++)
        {
            var c = s[i];
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'h';
            if (i == 0)
            {
                // Initial vowels are spelled in many ways (Olena, Elena, Alena): one class.
                sb.Append(vowel ? 'a' : c);
            }
            else if (!vowel && c != previous)
            {
                sb.Append(c);
            }

            previous = c;
        }

        return sb.ToString();
    }
}
