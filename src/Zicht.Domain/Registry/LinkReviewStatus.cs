using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>Where a linkage review stands.</summary>
public enum LinkReviewStatus
{
    [Label("Te beoordelen", "To review")] Pending,
    [Label("Zelfde persoon", "Same person")] Accepted,
    [Label("Andere persoon", "Different person")] Rejected,
}
