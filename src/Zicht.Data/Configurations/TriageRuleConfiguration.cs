using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Domain.Triage;

namespace Zicht.Data.Configurations;

internal sealed class TriageRuleConfiguration : IEntityTypeConfiguration<TriageRule>
{
    public void Configure(EntityTypeBuilder<TriageRule> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.PrimitiveCollection(x => x.When).ElementType(e => e.HasConversion<string>());
        b.PrimitiveCollection(x => x.Recommend).ElementType(e => e.HasConversion<string>());
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
