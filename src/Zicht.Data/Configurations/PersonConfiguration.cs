using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data.Privacy;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class PersonConfiguration(FieldProtector protector) : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Pseudonym).HasMaxLength(20);
        b.HasIndex(x => x.Pseudonym).IsUnique();
        b.Property(x => x.GivenName).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.FamilyName).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.DateOfBirth).HasConversion(EncryptedConverters.Date(protector));
        b.Property(x => x.DocumentNumber).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.Nationality).HasMaxLength(2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Identity);
        b.Ignore(x => x.IsErased);
        b.HasIndex(x => x.FirstSignalDate);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MergedIntoId);
    }
}
