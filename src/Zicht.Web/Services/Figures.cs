using Microsoft.EntityFrameworkCore;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>
/// Registered persons per year, nationally and for one municipality, with small counts suppressed: the only
/// figures a municipality user sees. No names, no pseudonyms, no free text.
/// </summary>
public sealed class Figures(RegistryWork registry)
{
    /// <summary>Counts from 1 to this minus one are not shown.</summary>
    public const int Threshold = 10;

    public Task<IReadOnlyList<YearFigure>> PerYearAsync(Actor actor, string? municipalityCode)
    {
        if (!actor.IsIn(Roles.Analyst) && !actor.IsIn(Roles.Municipality))
        {
            throw new UnauthorizedAccessException("Figures are for analysts and municipalities.");
        }

        if (actor.IsIn(Roles.Municipality) && !actor.IsIn(Roles.Analyst) && municipalityCode is not null && municipalityCode != actor.MunicipalityCode)
        {
            throw new UnauthorizedAccessException("A municipality sees its own figures and the national ones.");
        }

        return registry.ReadAsync<IReadOnlyList<YearFigure>>(async db =>
        {
            // A person merged into another is counted once, as that other person.
            var cases = db.Cases.Where(c => !db.Persons.Any(p => p.Id == c.PersonId && p.MergedIntoId != null));
            if (municipalityCode is not null)
            {
                cases = cases.Where(c => c.MunicipalityCode == municipalityCode);
            }

            var counts = await cases.GroupBy(c => c.OpenedOn.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync();
            return counts.OrderBy(c => c.Year)
                .Select(c => new YearFigure(c.Year, c.Count is > 0 and < Threshold ? null : c.Count))
                .ToList();
        });
    }
}
