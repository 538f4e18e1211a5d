using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data.Privacy;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Data.Configurations;

internal sealed class AssessmentConfiguration(FieldProtector protector) : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.PrimitiveCollection(x => x.Vulnerabilities).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.Notes).HasConversion(EncryptedConverters.Text(protector));
    }
}
