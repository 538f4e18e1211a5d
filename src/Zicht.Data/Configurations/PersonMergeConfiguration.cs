using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.KeptPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AbsorbedPersonId).OnDelete(DeleteBehavior.Restrict);
        b.PrimitiveCollection(x => x.RepointedPersonIds);
        b.Property(x => x.MergedBy).HasMaxLength(200);
        b.Property(x => x.UndoneBy).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasIndex(x => x.AbsorbedPersonId);
    }
}
