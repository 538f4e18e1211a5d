using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Follow;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class VictimisationConfiguration : IEntityTypeConfiguration<Victimisation>
{
    public void Configure(EntityTypeBuilder<Victimisation> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Source).HasMaxLength(100);
        b.HasIndex(x => x.PersonId);
    }
}
