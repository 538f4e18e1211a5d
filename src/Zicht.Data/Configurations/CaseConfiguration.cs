using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Reference;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithOne().HasForeignKey<Case>(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.MunicipalityCode).HasMaxLength(6);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
