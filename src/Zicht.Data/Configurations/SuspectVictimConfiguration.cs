using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class SuspectVictimConfiguration : IEntityTypeConfiguration<SuspectVictim>
{
    public void Configure(EntityTypeBuilder<SuspectVictim> b)
    {
        b.HasKey(x => new { x.SuspectId, x.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PersonId);
    }
}
