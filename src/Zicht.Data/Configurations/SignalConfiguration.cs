using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data.Privacy;
using Zicht.Domain.Organisations;
using Zicht.Domain.Reference;
using Zicht.Domain.Registry;

namespace Zicht.Data.Configurations;

internal sealed class SignalConfiguration(FieldProtector protector) : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        b.PrimitiveCollection(x => x.Forms).ElementType(e => e.HasConversion<string>());
        b.PrimitiveCollection(x => x.Indicators).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.MunicipalityCode).HasMaxLength(6);
        b.Property(x => x.CountryOfExploitation).HasMaxLength(2);
        b.Property(x => x.Nationality).HasMaxLength(2);
        b.Property(x => x.GivenName).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.FamilyName).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.DateOfBirth).HasConversion(EncryptedConverters.Date(protector));
        b.Property(x => x.DocumentNumber).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.PlaceOfBirth).HasConversion(EncryptedConverters.Text(protector));
        b.Property(x => x.Narrative).HasConversion(EncryptedConverters.Text(protector));
        b.Ignore(x => x.Identity);
        b.Ignore(x => x.BirthYear);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.SignalDate);
        b.HasIndex(x => x.OrganisationId);
    }
}
