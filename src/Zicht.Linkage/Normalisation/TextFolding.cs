using System.Globalization;
using System.Text;

namespace Zicht.Linkage.Normalisation;

/// <summary>Folds text to a comparable form: lower case, no diacritics, Latin transliteration, single spaces.</summary>
public static class TextFolding
{
    // Letters that Unicode decomposition leaves alone but that people write as plain Latin letters.
    private static readonly Dictionary<char, string> Specials = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['œ'] = "oe", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d",
        ['þ'] = "th", ['ı'] = "i", ['ħ'] = "h", ['ŋ'] = "ng", ['ĸ'] = "k", ['ŀ'] = "l", ['ſ'] = "s",
        ['ə'] = "e", ['ɛ'] = "e", ['ɔ'] = "o", ['ƙ'] = "k", ['ɗ'] = "d", ['ɓ'] = "b", ['ƴ'] = "y",
        // Cyrillic (Ukrainian, Russian, Bulgarian), by the common passport romanisation.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['є'] = "ye", ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['к'] = "k",
        ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t",
        ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        // Greek.
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps",
        ['ω'] = "o",
    };

    /// <summary>Folds <paramref name="text"/>; punctuation, hyphens and apostrophes become single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                Append(sb, c, ref pendingSpace);
            }
            else if (Specials.TryGetValue(c, out var replacement))
            {
                foreach (var r in replacement)
                {
                    Append(sb, r, ref pendingSpace);
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                Append(sb, c, ref pendingSpace);
            }
            else if (c is '\'' or '’' or '`' or '´')
            {
                // O'Brien and D'Souza are written with and without the apostrophe: drop it.
            }
            else
            {
                pendingSpace = sb.Length > 0;
            }
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            sb.Append(' ');
            pendingSpace = false;
        }

        sb.Append(c);
    }
}
