namespace Zicht.Linkage.Normalisation;

/// <summary>Normalises person names: folding, Dutch and other particles, "Surname, particles" order, hyphenated and married names.</summary>
public static class NameNormaliser
{
    // Particles are ignored when comparing the core of a surname: "Van der Berg", "Berg, van der", "vd Berg" and "Berg" share the core "berg".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "het", "t", "ter", "ten", "te", "in", "op", "vd", "v", "d", "von", "zu", "vom", "dos", "das",
        "da", "do", "di", "du", "del", "della", "des", "la", "le", "el", "al", "bin", "ibn", "ben", "bint", "abu", "mc", "mac",
    };

    // Words that join a married name to a birth name: "Jansen e/v De Vries", "De Vries geb. Jansen".
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "geb", "geboren", "ev", "e", "echtgenote", "wed", "weduwe", "nee" };

    /// <summary>Normalises one name field.</summary>
    public static NormalisedName Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return NormalisedName.Empty;
        }

        var text = raw;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < text.Length - 1)
        {
            // "Berg, van der" and "Vries, de" put the particles last.
            text = string.Concat(text.AsSpan(comma + 1), " ", text.AsSpan(0, comma));
        }

        var folded = TextFolding.Fold(text);
        if (folded.Length == 0)
        {
            return NormalisedName.Empty;
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var full = new List<string>(words.Length);
        var core = new List<string>(words.Length);
        foreach (var w in words)
        {
            if (Joiners.Contains(w) && words.Length > 2)
            {
                continue;
            }

            full.Add(w);
            if (!Particles.Contains(w))
            {
                core.Add(Unglued(w));
            }
        }

        if (full.Count == 0)
        {
            full.AddRange(words);
        }

        if (core.Count == 0)
        {
            // A name made only of particle-like words ("De", "Le") is its own core.
            core.AddRange(full);
        }

        return new NormalisedName(string.Join(' ', full), string.Join(' ', core), core);
    }

    /// <summary>
    /// A surname with its particles written into it ("Vanderberg", "Vandenbroek", "Terhorst") without them, so its
    /// core is the core of "van der Berg". Only the long particles, and only before enough letters to be a name, so
    /// "Dekker" and "Vanja" stay as they are. A name that only looks glued ("Terpstra", "Desislava") loses its first
    /// letters the same way in every record, so it still compares with itself.
    /// </summary>
    private static string Unglued(string word)
    {
        foreach (var (glued, keep) in Glued)
        {
            if (word.Length >= glued.Length + keep && word.StartsWith(glued, StringComparison.Ordinal))
            {
                return word[glued.Length..];
            }
        }

        return word;
    }

    // Longest first; the letters a name must keep after the particle.
    private static readonly (string Particle, int Keep)[] Glued = [("vander", 3), ("vanden", 3), ("vande", 3), ("van", 3), ("ter", 5), ("ten", 5), ("de", 5)];
}
