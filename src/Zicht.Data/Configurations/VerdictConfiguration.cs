using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Perpetrators;

namespace Zicht.Data.Configurations;

internal sealed class VerdictConfiguration : IEntityTypeConfiguration<Verdict>
{
    public void Configure(EntityTypeBuilder<Verdict> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // Required: a verdict without its prosecution cannot be stored either.
        b.HasOne<Prosecution>().WithMany().HasForeignKey(x => x.ProsecutionId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Sentences).WithOne().HasForeignKey(s => s.VerdictId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProsecutionId);
    }
}
