using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Triage;

/// <summary>Kinds of help asked (referral) and given (help episode).</summary>
public enum HelpType
{
    [Label("Categorale opvang (COSM)", "Specialised shelter (COSM)")] Shelter,
    [Label("Specialistische zorg", "Specialist care")] SpecialistCare,
    [Label("Ambulante hulp", "Ambulatory care")] AmbulatoryCare,
    [Label("Jeugdhulp", "Youth care")] YouthCare,
    [Label("Geestelijke gezondheidszorg", "Mental health care")] MentalHealth,
    [Label("Juridische bijstand", "Legal aid")] LegalAid,
    [Label("Verblijfsregeling mensenhandel", "Residence scheme")] ResidenceScheme,
    [Label("Terugkeer", "Return")] Return,
    [Label("Overig", "Other")] Other,
}
