using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Perpetrators;

namespace Zicht.Data.Configurations;

internal sealed class ProsecutionConfiguration : IEntityTypeConfiguration<Prosecution>
{
    public void Configure(EntityTypeBuilder<Prosecution> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Suspect>().WithMany().HasForeignKey(x => x.SuspectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SuspectId);
    }
}
