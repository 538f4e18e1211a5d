namespace Zicht.Linkage.Settings;

/// <summary>What a column seems to hold, judged from its name and contents.</summary>
public enum ColumnRole
{
    Ignored,
    FirstName,
    LastName,
    FullName,
    BirthDate,
    OtherDate,
    Postcode,
    Identifier,
    Category,
    Place,

    /// <summary>A place by its code (a municipality's CBS code, a country code): equal or not, a rare one telling more.</summary>
    PlaceCode,
    Number,
    Text,
    Other,

    /// <summary>A year of birth (perhaps derived from an estimated age).</summary>
    BirthYear,

    /// <summary>An age in years, as a signaller estimated it.</summary>
    Age,

    /// <summary>The date an age was estimated at (the signal's or registration's date): read by the birth-year comparison, not compared itself.</summary>
    ReferenceDate,
}
