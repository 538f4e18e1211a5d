using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class PersonSplitConfiguration : IEntityTypeConfiguration<PersonSplit>
{
    public void Configure(EntityTypeBuilder<PersonSplit> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.FromPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.NewPersonId).OnDelete(DeleteBehavior.Restrict);
        b.PrimitiveCollection(x => x.SignalIds);
        b.Property(x => x.SplitBy).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(2000);
    }
}
