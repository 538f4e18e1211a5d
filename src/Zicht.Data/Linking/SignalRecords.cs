using System.Globalization;
using Zicht.Domain.Registry;

namespace Zicht.Data.Linking;

/// <summary>How a signal looks to the linkage engine: the fields that tell whom it is about, as strings, in a fixed column order.</summary>
public static class SignalRecords
{
    /// <summary>
    /// Column names the engine recognises (names, date of birth, identifier, categories). An estimated age goes with the
    /// signal's date, at which it was estimated, so the engine compares years of birth knowing which are estimates.
    /// The municipality is where the person was found: signals of one person by several organisations mostly share it,
    /// and people with the same name seldom do, so it weighs (and blocks) a surname that comes without much else.
    /// </summary>
    public static readonly string[] Columns = ["given_name", "family_name", "date_of_birth", "estimated_age", "signal_date", "document_number", "gender", "nationality", "place_of_birth", "municipality"];

    public static string?[] Row(Signal s) =>
    [
        s.GivenName,
        s.FamilyName,
        s.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.EstimatedAge?.ToString(CultureInfo.InvariantCulture),
        s.SignalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.DocumentNumber,
        s.Gender == Gender.Unknown ? null : s.Gender.ToString(),
        s.Nationality,
        s.PlaceOfBirth,
        s.MunicipalityCode,
    ];

    /// <summary>A signal without any name, date of birth or document cannot be linked by its data.</summary>
    public static bool IsLinkable(Signal s) => s.GivenName is not null || s.FamilyName is not null || s.DateOfBirth is not null || s.DocumentNumber is not null;
}
