using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Perpetrators;

namespace Zicht.Data.Configurations;

internal sealed class ReoffenceConfiguration : IEntityTypeConfiguration<Reoffence>
{
    public void Configure(EntityTypeBuilder<Reoffence> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Suspect>().WithMany().HasForeignKey(x => x.SuspectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.SuspectId);
    }
}
