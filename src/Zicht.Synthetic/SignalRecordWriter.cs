using System.Globalization;
using CsvHelper;
using Zicht.Domain.Registry;

namespace Zicht.Synthetic;

/// <summary>
/// Writes synthetic signals as a flat CSV with the true person behind each, for linkage tests and benchmarks on
/// the synthetic population. Straight from the generator: it never reads a registry, so no real data can leak.
/// </summary>
public static class SignalRecordWriter
{
    public static readonly string[] Columns =
    [
        "signal_id", "true_person_id", "given_name", "family_name", "date_of_birth", "birth_year", "estimated_age", "gender",
        "nationality", "document_number", "place_of_birth", "signal_date", "organisation_id", "municipality",
    ];

    /// <returns>The number of signals written.</returns>
    public static long Write(IEnumerable<SyntheticChunk> chunks, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        long count = 0;
        foreach (var chunk in chunks)
        {
            foreach (var s in chunk.Signals)
            {
                csv.WriteField(s.Id.ToString("D"));
                csv.WriteField(s.PersonId!.Value.ToString("D"));
                csv.WriteField(s.GivenName);
                csv.WriteField(s.FamilyName);
                csv.WriteField(s.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(s.BirthYear?.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.EstimatedAge?.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(s.Gender == Gender.Unknown ? null : s.Gender.ToString());
                csv.WriteField(s.Nationality);
                csv.WriteField(s.DocumentNumber);
                csv.WriteField(s.PlaceOfBirth);
                csv.WriteField(s.SignalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(s.OrganisationId.ToString("D"));
                csv.WriteField(s.MunicipalityCode);
                csv.NextRecord();
                count++;
            }
        }

        return count;
    }
}
