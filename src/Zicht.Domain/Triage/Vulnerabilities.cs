namespace Zicht.Domain.Triage;

/// <summary>The level of each vulnerability.</summary>
public static class Vulnerabilities
{
    public static VulnerabilityLevel Level(this Vulnerability v) => v switch
    {
        <= Vulnerability.Trauma => VulnerabilityLevel.Individual,
        <= Vulnerability.DomesticViolence => VulnerabilityLevel.Household,
        _ => VulnerabilityLevel.Community,
    };
}
