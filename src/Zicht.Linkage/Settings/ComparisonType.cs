namespace Zicht.Linkage.Settings;

/// <summary>How two values of one field are compared, and so which agreement levels they can reach.</summary>
public enum ComparisonType
{
    /// <summary>Person names: exact, swapped with another field, same without particles or a shared part, one edit, Jaro–Winkler bands.</summary>
    Name,

    /// <summary>Other strings: exact, one edit (Damerau), Jaro–Winkler bands.</summary>
#pragma warning disable CA1720 // "string" is the word users write in settings files.
    String,
#pragma warning restore CA1720

    /// <summary>Dates: exact, day and month swapped, one digit wrong, within a year.</summary>
    Date,

    /// <summary>Numbers: exact, within a tolerance.</summary>
    Number,

    /// <summary>Postcodes: exact, same area (all but the last two characters), same region (first two).</summary>
    Postcode,

    /// <summary>Document and other identifiers: exact, one edit.</summary>
    Identifier,

    /// <summary>Codes with few values (sex, nationality): exact or not.</summary>
    Category,

    /// <summary>
    /// Year of birth, known or estimated from an age: same year, within each tolerance (1, 3, 5 years), further apart.
    /// Compares a date of birth with an age someone estimated at a signal, which are consistent within a few years.
    /// </summary>
    BirthYear,

    /// <summary>Free text: Jaccard overlap of word sets.</summary>
    Text,

    /// <summary>Keyed Bloom filters (privacy-preserving mode): identical, Dice bands.</summary>
    Bloom,
}
