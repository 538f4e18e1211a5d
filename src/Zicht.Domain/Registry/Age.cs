namespace Zicht.Domain.Registry;

/// <summary>Age arithmetic on calendar dates, as the law counts it (a birthday on 29 February counts on 1 March).</summary>
public static class Age
{
    public const int AdultAge = 18;
    public const int MaximumAge = 120;

    public static int At(DateOnly dateOfBirth, DateOnly date)
    {
        if (date < dateOfBirth)
        {
            throw new DomainException($"The date {date:yyyy-MM-dd} lies before the date of birth.", $"De datum {date:yyyy-MM-dd} ligt vóór de geboortedatum.");
        }

        var age = date.Year - dateOfBirth.Year;
        if (date.Month < dateOfBirth.Month || (date.Month == dateOfBirth.Month && date.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }

    public static bool IsMinor(int age) => age < AdultAge;
}
