using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Follow;

/// <summary>The crime of a later victimisation or of a reoffence.</summary>
public enum OffenceType
{
    [Label("Mensenhandel", "Trafficking in human beings")] Trafficking,
    [Label("Mishandeling", "Assault")] Assault,
    [Label("Bedreiging", "Threat")] Threat,
    [Label("Seksueel geweld", "Sexual violence")] SexualViolence,
    [Label("Vermogensdelict", "Property crime")] Property,
    [Label("Overig", "Other")] Other,
}
