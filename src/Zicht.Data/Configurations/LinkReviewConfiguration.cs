using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class LinkReviewConfiguration : IEntityTypeConfiguration<LinkReview>
{
    public void Configure(EntityTypeBuilder<LinkReview> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Signal>().WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.SignalPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.CandidatePersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.DecidedBy).HasMaxLength(200);
        b.HasIndex(x => x.Status);
    }
}
