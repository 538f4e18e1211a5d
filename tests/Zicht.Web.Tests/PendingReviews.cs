using Microsoft.EntityFrameworkCore;
using Zicht.Data.Storage;
using Zicht.Domain.Registry;

namespace Zicht.Web.Tests;

/// <summary>
/// Puts an open linkage review between two seeded persons straight into the database, for tests that need one
/// to exist (walking pages, the browser). How linkage opens reviews itself is tested in <see cref="LinkageTests"/>.
/// </summary>
internal static class PendingReviews
{
    /// <summary>A review of a signal of one person against another person; returns the review and both persons.</summary>
    public static async Task<(Guid Review, Guid SignalPerson, Guid Candidate)> CreateAsync(ZichtDatabase database, int skip = 0)
    {
        await using var db = database.CreateContext();
        var persons = await db.Persons.Where(p => p.MergedIntoId == null && db.Signals.Any(s => s.PersonId == p.Id))
            .OrderBy(p => p.Id).Skip(2 * skip).Take(2).Select(p => p.Id).ToListAsync();
        var signal = await db.Signals.Where(s => s.PersonId == persons[1]).Select(s => s.Id).FirstAsync();
        var review = new LinkReview(Guid.CreateVersion7(), signal, persons[1], persons[0], 0.7, DateTimeOffset.UtcNow);
        db.LinkReviews.Add(review);
        await db.SaveChangesAsync();
        return (review.Id, persons[1], persons[0]);
    }
}
