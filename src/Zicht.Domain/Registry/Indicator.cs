using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>
/// Signs of trafficking a signaller can tick: the eleven ILO forced-labour indicators, then the HTCDS
/// methods of control that the ILO list does not already name.
/// </summary>
public enum Indicator
{
    // ILO indicators of forced labour (2012).
    [Label("Misbruik van kwetsbaarheid", "Abuse of vulnerability")] AbuseOfVulnerability,
    [Label("Misleiding", "Deception")] Deception,
    [Label("Beperking van bewegingsvrijheid", "Restriction of movement")] RestrictionOfMovement,
    [Label("Isolatie", "Isolation")] Isolation,
    [Label("Fysiek en seksueel geweld", "Physical and sexual violence")] PhysicalAndSexualViolence,
    [Label("Intimidatie en bedreiging", "Intimidation and threats")] IntimidationAndThreats,
    [Label("Innemen van identiteitspapieren", "Retention of identity documents")] RetentionOfIdentityDocuments,
    [Label("Inhouden van loon", "Withholding of wages")] WithholdingOfWages,
    [Label("Schuldslavernij", "Debt bondage")] DebtBondage,
    [Label("Mensonterende werk- en woonomstandigheden", "Abusive working and living conditions")] AbusiveWorkingAndLivingConditions,
    [Label("Excessief overwerk", "Excessive overtime")] ExcessiveOvertime,

    // HTCDS methods of control not covered above.
    [Label("Neemt verdiensten af", "Takes earnings")] TakesEarnings,
    [Label("Beperkt toegang tot geld", "Restricts financial access")] RestrictsFinancialAccess,
    [Label("Psychisch misbruik", "Psychological abuse")] PsychologicalAbuse,
    [Label("Valse beloften", "False promises")] FalsePromises,
    [Label("Verdovende middelen", "Psychoactive substances")] PsychoactiveSubstances,
    [Label("Beperkt medische zorg", "Restricts medical care")] RestrictsMedicalCare,
    [Label("Gebruikt kinderen", "Uses children")] UsesChildren,
    [Label("Dreigt met politie of uitzetting", "Threat of law enforcement")] ThreatOfLawEnforcement,
    [Label("Onthoudt levensbehoeften", "Withholds necessities")] WithholdsNecessities,
    [Label("Overig", "Other")] Other,
}
