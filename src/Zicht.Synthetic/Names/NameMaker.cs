namespace Zicht.Synthetic.Names;

/// <summary>
/// Makes names as varied as a real population's. A real population has a few common surnames and a very long tail:
/// in the Netherlands the commonest, De Jong, is carried by about one person in 200, the sixtieth commonest by about
/// one in 1,000, and the sixty together by roughly one in ten (Meertens Institute, Nederlandse Familienamenbank). So
/// one person in ten gets a listed name, the commoner ones more often (Zipf-like), and the rest a name built from
/// roots, middle syllables and endings typical of the nationality, tens of thousands of combinations. Given names
/// vary widely too (the Meertens Institute's Voornamenbank lists tens of thousands in use in the Netherlands): three
/// given names in five are one of the 15 to 50 listed ones of the nationality and sex, the commoner ones more often,
/// and the rest are built from a root and an ending typical of the group of nationalities and the sex, a few hundred
/// equally likely per group and sex (<see cref="GivenNameParts"/>). A third of persons carry a second given name that
/// some registrations leave out.
/// </summary>
internal static class NameMaker
{
    private sealed record Parts(string[] Prefixes, string[] Roots, string[] Middles, string[] Endings);

    private static readonly Parts Dutch = new(
        ["", "", "", "van ", "van de ", "van der ", "van den ", "de ", "ter ", "ten "],
        ["Berg", "Bos", "Veld", "Dijk", "Brink", "Hoek", "Kamp", "Meer", "Wal", "Zand", "Hout", "Beek", "Broek", "Horst", "Molen", "Sloot", "Weg", "Hof", "Laar", "Stee", "Vliet", "Wijk", "Boom", "Gaag", "Kolk", "Loon", "Ploeg", "Rijn", "Steen", "Water"],
        ["en", "el", "er", "ing", "der", "ke", "s", "e"],
        ["", "", "man", "mans", "ink", "sma", "stra", "ing", "es", "ert", "ema", "huis", "kamp", "veld", "hoven", "burg"]);

    private static readonly Parts Nigerian = new(
        [""],
        ["Osa", "Ogbe", "Igbi", "Ehi", "Aig", "Oko", "Nwa", "Ade", "Olu", "Ogu", "Eze", "Ama", "Ugo", "Ike", "Obi", "Ose", "Eki", "Ira", "Omo", "Ayo", "Chi", "Efe", "Idu", "Uwa", "Edo", "Iye", "Osi", "Aku", "Ebo", "Ogi", "Uyi", "Ehe", "Imo", "Oba", "Agbo", "Ani", "Ugbo", "Eko", "Ifo", "Ono"],
        ["ri", "gbe", "mo", "na", "se", "du", "wa", "ki", "ye", "ba"],
        ["gie", "ghae", "nedion", "yande", "mwen", "ro", "fo", "nkwo", "bayo", "wale", "leye", "suyi", "bor", "hator", "zuwa", "diagbon", "ogie", "kpen", "nna", "chukwu", "mide", "fisan"]);

    private static readonly Parts Slavic = new(
        [""],
        ["Nowa", "Kowal", "Wiśniew", "Zieliń", "Szyma", "Dąbrow", "Kozłow", "Jankow", "Kwiatkow", "Piotrow", "Grabow", "Michal", "Jabłoń", "Majew", "Olszew", "Malinow", "Sikor", "Krawczy", "Wróbl", "Baran", "Kaczmar", "Pawl", "Wilcz", "Lis", "Czarn", "Sobc", "Szewc", "Bond", "Tkach", "Kovalen", "Melny", "Lysen", "Petr", "Ivan", "Dimitr", "Georgi", "Nikol", "Stoyan"],
        ["ar", "ow", "el", "in", "ic", "ur", "ch", "an"],
        ["ski", "ska", "ak", "czyk", "ek", "owicz", "enko", "chuk", "yk", "ov", "ova", "ev", "eva", "uk", "as", "is", "ins", "ák"]);

    private static readonly Parts Romance = new(
        [""],
        ["Pop", "Ion", "Radu", "Stoic", "Mate", "Ciob", "Rus", "Munt", "Lung", "Dobr", "Barb", "Flore", "Marin", "Tudor", "Oprea", "Dinu", "Garc", "Rodrig", "Martín", "Lóp", "Gonz", "Pér", "Sánch", "Ramír", "Torr", "Riv", "Góm", "Dí", "Morales", "Ramd", "Sewn", "Jages", "Mahab"],
        ["ar", "el", "in", "or", "an", "il", "ez", "ul"],
        ["escu", "eanu", "ache", "oiu", "ea", "u", "ia", "uez", "ez", "es", "ía", "ano", "ini", "in", "ath", "ier", "lal", "ew"]);

    private static readonly Parts African = new(
        [""],
        ["Jall", "Ceesa", "Tour", "Jamm", "Sann", "Darb", "Cam", "Nji", "Sow", "Mann", "Diall", "Barr", "Kam", "Cont", "Ses", "Mens", "Owus", "Asant", "Boat", "Kigg", "Mug", "Lubeg", "Nsub", "Kasoz", "Tesf", "Gebre", "Hail", "Tekl", "Kidan", "Abdul", "Wars"],
        ["ba", "ka", "ma", "ny", "ss", "ti", "bo", "la"],
        ["ow", "ay", "eh", "oe", "ara", "ah", "o", "eng", "i", "undu", "erwa", "a", "uga", "ay", "medhin", "e", "ane", "lahi", "ame", "eh"]);

    private static readonly Parts Other = new(
        ["", "", "Al-", "El ", "Ben", "Ait "],
        ["Hass", "Amr", "Ali", "Bouaz", "Idriss", "Hadd", "Khal", "Mans", "Nass", "Sal", "Yous", "Aziz", "Hamd", "Darw", "Abb", "Khat", "Oth", "Jab", "Rahm", "Mahm", "Oual", "Nguy", "Tr", "Ph", "Hoa", "Wa", "Zha", "Liu", "Ch", "Ya", "Hua", "Zho"],
        ["ar", "iz", "ab", "am", "ou", "el", "in", "ud"],
        ["an", "ani", "i", "a", "ed", "ur", "er", "ouf", "ah", "ish", "as", "ib", "man", "oud", "ali", "en", "ang", "ong", "uy", "ao"]);

    public static string Family(string nationality, NameBank.Names bank, Random r)
    {
        if (r.NextDouble() < ListedShare)
        {
            return bank.Family[Zipf(bank.Family.Length, r)];
        }

        var parts = PartsOf(nationality);
        var root = parts.Roots[r.Next(parts.Roots.Length)];
        var middle = r.NextDouble() < 0.5 ? parts.Middles[r.Next(parts.Middles.Length)] : string.Empty;
        var ending = parts.Endings[r.Next(parts.Endings.Length)];
        return parts.Prefixes[r.Next(parts.Prefixes.Length)] + root + middle + ending;
    }

    /// <summary>Share of persons with one of the listed (common) surnames of their nationality.</summary>
    private const double ListedShare = 0.1;

    /// <summary>A rank from 0 to <paramref name="n"/> − 1, the first ones more likely (weight 1/√(rank + 1)): the few very common names and then a flatter run.</summary>
    private static int Zipf(int n, Random r)
    {
        var total = 0.0;
        for (var i = 1; i <= n; i++)
        {
            total += 1 / Math.Sqrt(i);
        }

        var u = r.NextDouble() * total;
        for (var i = 1; i <= n; i++)
        {
            u -= 1 / Math.Sqrt(i);
            if (u <= 0)
            {
                return i - 1;
            }
        }

        return n - 1;
    }

    /// <summary>What the surnames of a nationality are built from.</summary>
    private static Parts PartsOf(string nationality) => nationality switch
    {
        "NL" or "BE" => Dutch,
        "NG" => Nigerian,
        "PL" or "UA" or "BG" or "LT" or "LV" or "SK" or "CZ" or "RU" or "BY" or "RS" or "HU" or "AL" or "MD" => Slavic,
        "RO" or "SR" or "BR" or "CO" or "DO" or "IN" => Romance,
        "UG" or "KE" or "ER" or "ET" or "SO" or "GM" or "GN" or "SL" or "GH" or "CM" => African,
        _ => Other,
    };

    /// <summary>Share of given names that are one of the listed names of the nationality and sex.</summary>
    private const double ListedGivenShare = 0.6;

    /// <summary>One given name, or two for about a third of persons ("Anna Maria").</summary>
    public static string Given(bool male, NameBank.Names bank, Random r)
    {
        var first = OneGiven(male, bank, r);
        if (r.NextDouble() >= 0.35)
        {
            return first;
        }

        var second = OneGiven(male, bank, r);
        return second == first ? first : first + " " + second;
    }

    private static string OneGiven(bool male, NameBank.Names bank, Random r)
    {
        var listed = male ? bank.Male : bank.Female;
        return r.NextDouble() < ListedGivenShare ? listed[Zipf(listed.Length, r)] : bank.Built.Build(male, r);
    }
}
