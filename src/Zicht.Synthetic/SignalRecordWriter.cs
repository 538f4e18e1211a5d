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
        foreach (var row in Rows(chunks))
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
            count++;
        }

        return count;
    }

    /// <summary>The signals as rows of <see cref="Columns"/>, for a benchmark that links them without a file in between.</summary>
    public static IEnumerable<string?[]> Rows(IEnumerable<SyntheticChunk> chunks)
    {
        foreach (var chunk in chunks)
        {
            foreach (var s in chunk.Signals)
            {
                yield return Row(s);
            }
        }
    }

    /// <summary>One signal as a row of <see cref="Columns"/>.</summary>
    public static string?[] Row(Signal s) =>
    [
        s.Id.ToString("D"),
        s.PersonId!.Value.ToString("D"),
        s.GivenName,
        s.FamilyName,
        s.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.BirthYear?.ToString(CultureInfo.InvariantCulture),
        s.EstimatedAge?.ToString(CultureInfo.InvariantCulture),
        s.Gender == Gender.Unknown ? null : s.Gender.ToString(),
        s.Nationality,
        s.DocumentNumber,
        s.PlaceOfBirth,
        s.SignalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.OrganisationId.ToString("D"),
        s.MunicipalityCode,
    ];

    /// <summary>
    /// Whether a signal can be linked by its data at all: an anonymous signal (no name, no date of birth, no document,
    /// as when a person did not consent to passing identifying data on) cannot, by any method.
    /// </summary>
    public static bool IsLinkable(IReadOnlyList<string?> row) =>
        !string.IsNullOrWhiteSpace(row[2]) || !string.IsNullOrWhiteSpace(row[3]) || !string.IsNullOrWhiteSpace(row[4]) || !string.IsNullOrWhiteSpace(row[9]);

    /// <summary>The columns that make a signal linkable (<see cref="IsLinkable"/>).</summary>
    public static readonly string[] IdentifyingColumns = ["given_name", "family_name", "date_of_birth", "document_number"];
}
