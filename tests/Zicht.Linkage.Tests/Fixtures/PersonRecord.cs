namespace Zicht.Linkage.Tests.Fixtures;

/// <summary>One messy registration of a synthetic person, with the true person id.</summary>
internal sealed record PersonRecord(
    string Id, string PersonId, string? FirstName, string? LastName, string? DateOfBirth, string? Postcode, string? Sex, string? Nationality)
{
    public static readonly string[] Columns = ["id", "first_name", "last_name", "date_of_birth", "postcode", "sex", "nationality", "person_id"];

    public string?[] Row() => [Id, FirstName, LastName, DateOfBirth, Postcode, Sex, Nationality, PersonId];
}
