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
    Number,
    Text,
    Other,
}
