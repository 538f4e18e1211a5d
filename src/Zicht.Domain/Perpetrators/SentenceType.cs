using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Perpetrators;

/// <summary>Kinds of sentence.</summary>
public enum SentenceType
{
    [Label("Onvoorwaardelijke gevangenisstraf", "Prison")] Prison,
    [Label("Voorwaardelijke gevangenisstraf", "Suspended prison")] SuspendedPrison,
    [Label("Taakstraf", "Community service")] CommunityService,
    [Label("Geldboete", "Fine")] Fine,
    [Label("Maatregel (tbs, ontneming)", "Measure (hospital order, confiscation)")] Measure,
}
