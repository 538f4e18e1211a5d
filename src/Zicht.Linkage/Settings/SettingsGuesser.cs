using System.Text.RegularExpressions;
using Zicht.Linkage.Normalisation;

namespace Zicht.Linkage.Settings;

/// <summary>
/// Chooses comparisons and blocking rules from column names (English and Dutch) and a sample of values: names,
/// dates, postcodes, identifiers, codes, places, numbers and free text. Works on encoded files too, by field name.
/// </summary>
public static partial class SettingsGuesser
{
    private static readonly (ColumnRole Role, string[] Words)[] NameHints =
    [
        (ColumnRole.BirthYear, ["birthyear", "yearofbirth", "geboortejaar", "jaarvangeboorte", "yob"]),
        (ColumnRole.Age, ["estimatedage", "ageestimate", "approximateage", "leeftijd"]),
        (ColumnRole.FirstName, ["firstname", "givenname", "forename", "voornaam", "voornamen", "fname", "roepnaam", "first"]),
        (ColumnRole.LastName, ["lastname", "surname", "familyname", "achternaam", "geslachtsnaam", "lname", "last"]),
        // Before dates of birth, which "place of birth" would otherwise be.
        (ColumnRole.Place, ["city", "town", "place", "woonplaats", "plaats", "gemeente", "municipality", "birthplace", "geboorteplaats"]),
        (ColumnRole.BirthDate, ["dob", "birthdate", "dateofbirth", "geboortedatum", "birth", "geboorte", "born"]),
        (ColumnRole.Postcode, ["postcode", "postalcode", "zipcode", "zip", "postal"]),
        (ColumnRole.Identifier, ["bsn", "passport", "paspoort", "document", "docnr", "nationalid", "ssn", "vnummer", "phone", "telefoon", "email", "mail", "iban"]),
        (ColumnRole.Category, ["sex", "gender", "geslacht", "nationality", "nationaliteit", "country", "land"]),
        (ColumnRole.OtherDate, ["date", "datum"]),
        (ColumnRole.FullName, ["fullname", "name", "naam"]),
    ];

    /// <summary>Columns that hold truth or bookkeeping and must never be compared.</summary>
    private static readonly string[] Ignore = ["truth", "personid", "entityid", "clusterid", "trueid", "label"];

    /// <summary>Guesses settings for a file with <paramref name="columns"/>, from a sample of its rows.</summary>
    public static GuessedSettings Guess(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> sample, string? idColumn, IReadOnlyCollection<string>? exclude = null)
    {
        var excluded = new HashSet<string>(exclude ?? [], StringComparer.OrdinalIgnoreCase);
        if (idColumn is not null)
        {
            excluded.Add(idColumn);
        }

        var encoded = EncodedColumns.IsEncoded(columns);
        var roles = new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<string>();
        var keyFields = new List<string>();
        var filled = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (excluded.Contains(column))
            {
                continue;
            }

            if (encoded)
            {
                if (column.EndsWith(EncodedColumns.BloomSuffix, StringComparison.Ordinal))
                {
                    var field = EncodedColumns.FieldOf(column);
                    roles[field] = RoleByName(field) ?? ColumnRole.Other;
                    filled[field] = sample.Count(r => i < r.Count && !string.IsNullOrWhiteSpace(r[i]));
                    fields.Add(field);
                }
                else if (column == EncodedColumns.RecordLevel)
                {
                    roles[column] = ColumnRole.Other;
                    fields.Add(column);
                }
                else if (!column.Contains(EncodedColumns.Separator, StringComparison.Ordinal))
                {
                    if (IsBookkeeping(column))
                    {
                        roles[column] = ColumnRole.Ignored;
                    }
                }
                else
                {
                    // A keyed blocking hash: its field can block even when the record is one CLK.
                    var field = EncodedColumns.FieldOf(column);
                    roles.TryAdd(field, RoleByName(field) ?? ColumnRole.Other);
                    if (!keyFields.Contains(field))
                    {
                        keyFields.Add(field);
                    }
                }

                continue;
            }

            var values = sample.Select(r => i < r.Count ? r[i] : null).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            var role = IsBookkeeping(column) || values.Count == 0 ? ColumnRole.Ignored : Role(column, values);
            roles[column] = role;
            filled[column] = values.Count;
            if (role != ColumnRole.Ignored)
            {
                fields.Add(column);
            }
        }

        var comparisons = new List<ComparisonSettings>();
        var first = fields.FirstOrDefault(f => roles[f] == ColumnRole.FirstName);
        var last = fields.FirstOrDefault(f => roles[f] == ColumnRole.LastName);
        var birthYear = BirthYearComparison(fields, roles);
        foreach (var field in fields)
        {
            var role = roles[field];
            if (field == EncodedColumns.RecordLevel)
            {
                comparisons.Add(new ComparisonSettings { Name = "record", Type = ComparisonType.Bloom, Column = field });
                continue;
            }

            if (role is ColumnRole.BirthYear or ColumnRole.Age or ColumnRole.ReferenceDate)
            {
                // One comparison reads them all, in the place of the first.
                if (birthYear is not null && !comparisons.Contains(birthYear))
                {
                    comparisons.Add(birthYear);
                }

                continue;
            }

            var type = role switch
            {
                ColumnRole.FirstName or ColumnRole.LastName or ColumnRole.FullName => ComparisonType.Name,
                ColumnRole.BirthDate or ColumnRole.OtherDate => ComparisonType.Date,
                ColumnRole.Postcode => ComparisonType.Postcode,
                ColumnRole.Identifier => ComparisonType.Identifier,
                ColumnRole.Category or ColumnRole.PlaceCode => ComparisonType.Category,
                ColumnRole.Number => ComparisonType.Number,
                ColumnRole.Text => ComparisonType.Text,
                _ => ComparisonType.String,
            };
            string? swap = role switch
            {
                ColumnRole.FirstName when last is not null => last,
                ColumnRole.LastName when first is not null => first,
                _ => null,
            };
            // Not for codes such as a nationality, which mostly comes with rare names where it is rare, so counting both
            // would count one fact twice; but for places: agreeing on a village tells more than agreeing on Amsterdam.
            var termFrequency = type is ComparisonType.Name or ComparisonType.String or ComparisonType.Date || role == ColumnRole.PlaceCode;
            comparisons.Add(new ComparisonSettings { Name = field, Type = type, Column = field, SwapWith = swap, TermFrequency = termFrequency });
        }

        if (last is not null && MarriedName(columns, sample, fields, roles, encoded, last) is { } married)
        {
            var i = comparisons.FindIndex(c => c.Column == last);
            comparisons[i] = comparisons[i] with { MarriedName = married };
        }

        if (comparisons.Count > 15)
        {
            comparisons = comparisons.Take(15).ToList();
        }

        // The place most records have (where a signal was made, rather than a place of birth few know) blocks best.
        // (In an encoded file, of those with blocking keys.)
        var places = fields.Where(f => roles[f] is ColumnRole.Place or ColumnRole.PlaceCode).OrderByDescending(f => filled.GetValueOrDefault(f)).ToList();
        var blocking = Blocking([.. fields, .. keyFields.Except(fields)], roles, columns, encoded, places);
        var settings = new LinkageSettings { IdColumn = idColumn, Comparisons = comparisons, Blocking = blocking };
        return new GuessedSettings(settings, roles);
    }

    /// <summary>
    /// A year of birth and an age someone estimated (at the date of the signal) become one comparison of years, left
    /// aside where both records have a full date of birth; null when the file has neither a year nor a usable age.
    /// </summary>
    private static ComparisonSettings? BirthYearComparison(List<string> fields, Dictionary<string, ColumnRole> roles)
    {
        var year = fields.FirstOrDefault(f => roles[f] == ColumnRole.BirthYear);
        var age = fields.FirstOrDefault(f => roles[f] == ColumnRole.Age);
        var dob = fields.FirstOrDefault(f => roles[f] == ColumnRole.BirthDate);
        string? reference = null;
        if (age is not null)
        {
            // The age was estimated at some date: the signal's or registration's, the file's other date.
            reference = fields.Where(f => roles[f] == ColumnRole.OtherDate)
                .OrderByDescending(f => RegistrationHints.Any(h => Squash(f).Contains(h, StringComparison.Ordinal)))
                .FirstOrDefault();
            if (reference is not null)
            {
                roles[reference] = ColumnRole.ReferenceDate;
            }
            else if (year is null)
            {
                // An age without the date it was estimated at says nothing about the year of birth.
                roles[age] = ColumnRole.Ignored;
                age = null;
            }
        }

        var column = year ?? (age is not null ? dob ?? age : null);
        if (column is null)
        {
            return null;
        }

        return new ComparisonSettings
        {
            Name = year ?? "birth_year",
            Type = ComparisonType.BirthYear,
            Column = column,
            AgeColumn = age,
            ReferenceColumn = reference,
            DeferTo = dob,
        };
    }

    private static readonly string[] SexHints = ["sex", "gender", "geslacht"];

    private static readonly string[] FemaleValues = ["f", "female", "v", "vrouw", "vrouwelijk", "woman", "w"];

    private static readonly string[] MaleValues = ["m", "male", "man", "mannelijk", "men"];

    /// <summary>
    /// Women's surnames may change by marriage: with a sex column whose values name women, the surname comparison
    /// gets the level "different, may be a married name" for every value but those that name men (a person registered
    /// as X or non-conforming may have married too). In an encoded file the encoder wrote <c>surname~married</c>.
    /// </summary>
    private static MarriedNameSettings? MarriedName(
        IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> sample, List<string> fields, Dictionary<string, ColumnRole> roles, bool encoded, string last)
    {
        var sex = fields.FirstOrDefault(f => roles[f] == ColumnRole.Category && SexHints.Any(h => Squash(f).Contains(h, StringComparison.Ordinal)));
        if (encoded)
        {
            return columns.Contains(EncodedColumns.Married(last), StringComparer.OrdinalIgnoreCase)
                ? new MarriedNameSettings { Column = sex ?? EncodedColumns.Married(last), Values = FemaleValues }
                : null;
        }

        if (sex is null)
        {
            return null;
        }

        var index = columns.ToList().FindIndex(c => string.Equals(c, sex, StringComparison.OrdinalIgnoreCase));
        var values = sample.Select(r => index < r.Count ? r[index] : null)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!values.Any(v => FemaleValues.Contains(TextFolding.Fold(v))))
        {
            return null;
        }

        return new MarriedNameSettings { Column = sex, Values = [.. values.Where(v => !MaleValues.Contains(TextFolding.Fold(v)))] };
    }

    private static readonly string[] RegistrationHints = ["signal", "melding", "registr", "report", "record", "intake", "contact", "visit", "bezoek"];

    private static List<BlockingRuleSettings> Blocking(List<string> fields, Dictionary<string, ColumnRole> roles, IReadOnlyList<string> columns, bool encoded, List<string> places)
    {
        var available = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        bool Has(string field, BlockingTransform t) =>
            !encoded ? available.Contains(field) : available.Contains(EncodedColumns.Key(field, t));
        BlockingKeySettings K(string field, BlockingTransform t = BlockingTransform.Exact) => new() { Column = field, Transform = t };
        var rules = new List<BlockingRuleSettings>();
        void Add(bool unordered, params (string Field, BlockingTransform T)[] keys) => AddUpTo(null, unordered, keys);
        void AddUpTo(int? maxBlockSize, bool unordered, params (string Field, BlockingTransform T)[] keys)
        {
            if (keys.All(k => Has(k.Field, k.T)))
            {
                rules.Add(new BlockingRuleSettings { Keys = [.. keys.Select(k => K(k.Field, k.T))], Unordered = unordered, MaxBlockSize = maxBlockSize });
            }
        }

        var first = fields.FirstOrDefault(f => roles[f] == ColumnRole.FirstName);
        var last = fields.FirstOrDefault(f => roles[f] == ColumnRole.LastName);
        var full = fields.FirstOrDefault(f => roles[f] == ColumnRole.FullName);
        var dob = fields.FirstOrDefault(f => roles[f] == ColumnRole.BirthDate) ?? fields.FirstOrDefault(f => roles[f] == ColumnRole.OtherDate);
        var postcode = fields.FirstOrDefault(f => roles[f] == ColumnRole.Postcode);
        var blockingPlaces = places.Where(p => Has(p, BlockingTransform.Exact)).ToList();
        var place = blockingPlaces.FirstOrDefault();
        if (first is not null && last is not null)
        {
            Add(true, (first, BlockingTransform.Exact), (last, BlockingTransform.Exact));
            if (dob is not null)
            {
                // The swap key is the same for a date and its day-month swap.
                Add(false, (dob, BlockingTransform.Swap), (first, BlockingTransform.Initial));
                Add(false, (dob, BlockingTransform.Swap), (last, BlockingTransform.Initial));
                Add(false, (last, BlockingTransform.Phonetic), (dob, BlockingTransform.Year));
                // Swapped names with a typo in one of them.
                Add(true, (dob, BlockingTransform.Swap), (first, BlockingTransform.Initial), (last, BlockingTransform.Initial));
            }

            Add(true, (first, BlockingTransform.Phonetic), (last, BlockingTransform.Phonetic));
            Add(false, (last, BlockingTransform.Phonetic), (first, BlockingTransform.Initial));
            // A typo in the surname changes its sound, and without a date of birth nothing else blocks the pair: the
            // given name's sound with the surname's first three letters, or its last three, one of which a typo keeps.
            // (With the surname's initial alone the blocks grow with the square of a common name's frequency.)
            Add(false, (first, BlockingTransform.Phonetic), (last, BlockingTransform.Prefix));
            Add(false, (first, BlockingTransform.Phonetic), (last, BlockingTransform.Suffix));
            if (place is not null)
            {
                // A signal with a surname only and at most an estimated age: no rule above has a key for it.
                Add(false, (last, BlockingTransform.Phonetic), (place, BlockingTransform.Exact));
                if (dob is not null)
                {
                    // Both names changed (a married name and a typo, a name in the other field), the date of birth not.
                    Add(false, (dob, BlockingTransform.Swap), (place, BlockingTransform.Exact));
                }

                // A woman under her married name with only an estimated age: her given name's sound where she was
                // found, or where she was born. Few given names are rare enough in one place for this to say much, so
                // only blocks of up to 100 records count (in a million signals the large ones would cost 75 million pairs).
                foreach (var where in blockingPlaces.Take(2))
                {
                    AddUpTo(100, false, (first, BlockingTransform.Phonetic), (where, BlockingTransform.Exact));
                }
            }

            if (postcode is not null)
            {
                Add(false, (postcode, BlockingTransform.Exact));
            }
        }
        else if ((first ?? last ?? full) is { } name)
        {
            Add(false, (name, BlockingTransform.Exact));
            if (dob is not null)
            {
                Add(false, (dob, BlockingTransform.Swap), (name, BlockingTransform.Initial));
                Add(false, (name, BlockingTransform.Phonetic), (dob, BlockingTransform.Year));
            }

            if (postcode is not null)
            {
                Add(false, (postcode, BlockingTransform.Exact), (name, BlockingTransform.Initial));
            }
        }

        foreach (var id in fields.Where(f => roles[f] == ColumnRole.Identifier))
        {
            Add(false, (id, BlockingTransform.Exact));
        }

        if (rules.Count == 0)
        {
            // No person fields: pair up the most telling columns, so no column is read by every rule.
            var telling = fields.Where(f => roles[f] is ColumnRole.BirthDate or ColumnRole.OtherDate or ColumnRole.Postcode or ColumnRole.Place or ColumnRole.PlaceCode or ColumnRole.Other or ColumnRole.Number).ToList();
            for (var i = 0; i < telling.Count; i++)
            {
                Add(false, (telling[i], BlockingTransform.Exact));
            }

            if (rules.Count == 0 && fields.FirstOrDefault(f => f == EncodedColumns.RecordLevel) is { } clk)
            {
                for (var seed = 1; seed <= 4; seed++)
                {
                    rules.Add(new BlockingRuleSettings { Keys = [new BlockingKeySettings { Column = clk, Transform = BlockingTransform.Lsh, Bits = 20, Seed = seed }] });
                }
            }

            if (rules.Count == 0 && fields.Count > 0)
            {
                rules.Add(new BlockingRuleSettings { Keys = [K(fields[0])] });
            }
        }

        return rules;
    }

    private static ColumnRole Role(string column, List<string> values)
    {
        var byName = RoleByName(column);
        var dates = Share(values, v => DateValue.TryParse(v, out _));
        var postcodes = Share(values, v => PostcodePattern().IsMatch(v.Trim()));
        var numbers = Share(values, v => FieldNormaliser.TryNumber(v, out _));
        var distinct = values.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var words = values.Average(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        switch (byName)
        {
            case ColumnRole.BirthYear when numbers >= 0.8 || dates >= 0.8:
                return ColumnRole.BirthYear;
            case ColumnRole.Age when numbers >= 0.8:
                return ColumnRole.Age;
            case ColumnRole.BirthYear or ColumnRole.Age:
                break;
            case ColumnRole.BirthDate or ColumnRole.OtherDate when dates >= 0.8:
                return byName.Value;
            case ColumnRole.BirthDate or ColumnRole.OtherDate:
                break;
            case ColumnRole.Postcode:
                return ColumnRole.Postcode;
            case ColumnRole.Place when Share(values, v => PlaceCodePattern().IsMatch(v.Trim())) >= 0.8:
                return ColumnRole.PlaceCode;
            case { } known:
                return known;
        }

        if (dates >= 0.8)
        {
            return ColumnRole.OtherDate;
        }

        if (postcodes >= 0.8)
        {
            return ColumnRole.Postcode;
        }

        if (distinct <= Math.Max(2, Math.Min(30, values.Count / 20)))
        {
            return ColumnRole.Category;
        }

        if (numbers >= 0.9)
        {
            return distinct >= values.Count * 0.9 ? ColumnRole.Identifier : ColumnRole.Number;
        }

        return words >= 4 ? ColumnRole.Text : ColumnRole.Other;
    }

    private static ColumnRole? RoleByName(string column)
    {
        var squashed = Squash(column);
        if (squashed is "age" or "ages" or "agesignal" or "ageatsignal" or "leeftijd")
        {
            return ColumnRole.Age;
        }

        foreach (var (role, words) in NameHints)
        {
            if (words.Any(w => squashed.Contains(w, StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return null;
    }

    private static bool IsBookkeeping(string column)
    {
        var squashed = Squash(column);
        return Ignore.Contains(squashed) || squashed.Contains("truth", StringComparison.Ordinal)
            || (squashed.StartsWith("true", StringComparison.Ordinal) && squashed.EndsWith("id", StringComparison.Ordinal));
    }

    private static string Squash(string column) => new([.. column.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static double Share(List<string> values, Func<string, bool> test) => values.Count == 0 ? 0 : (double)values.Count(test) / values.Count;

    [GeneratedRegex(@"^\d{4}\s?[A-Za-z]{2}$")]
    private static partial Regex PostcodePattern();

    /// <summary>A code such as GM0363 or 0363: letters, then digits.</summary>
    [GeneratedRegex(@"^[A-Za-z]{0,3}[-\s]?\d{2,6}$")]
    private static partial Regex PlaceCodePattern();
}
