using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data.Privacy;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class SuspectConfiguration(FieldProtector protector) : IEntityTypeConfiguration<Suspect>
{
    public void Configure(EntityTypeBuilder<Suspect> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Pseudonym).HasMaxLength(20);
        b.HasIndex(x => x.Pseudonym);
        b.Property(x => x.GivenName).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.FamilyName).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.DateOfBirth).HasConversion(EncryptedConverters.Date(protector));
        b.Property(x => x.Nationality).HasMaxLength(2);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Victims).WithOne().HasForeignKey(v => v.SuspectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RegisteredOn);
    }
}
