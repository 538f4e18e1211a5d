using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Perpetrators;

namespace Zicht.Data.Configurations;

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<Supervision>
{
    public void Configure(EntityTypeBuilder<Supervision> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Suspect>().WithMany().HasForeignKey(x => x.SuspectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Verdict>().WithMany().HasForeignKey(x => x.VerdictId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SuspectId);
    }
}
