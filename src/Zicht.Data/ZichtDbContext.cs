using Microsoft.EntityFrameworkCore;
using Zicht.Data.Configurations;
using Zicht.Data.Privacy;
using Zicht.Domain.Audit;
using Zicht.Domain.Follow;
using Zicht.Domain.Organisations;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Reference;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Data;

/// <summary>
/// The registry's database: one model for both providers. Each provider has its own subclass only so that each
/// keeps its own migrations (EF Core's pattern for several providers).
/// </summary>
public abstract class ZichtDbContext : DbContext
{
    protected ZichtDbContext(DbContextOptions options, FieldProtector protector)
        : base(options)
    {
        Protector = protector;
    }

    /// <summary>The encryption of identifying fields; part of the model (see <see cref="ProtectorModelCacheKeyFactory"/>).</summary>
    public FieldProtector Protector { get; }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Signal> Signals => Set<Signal>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<HelpEpisode> HelpEpisodes => Set<HelpEpisode>();
    public DbSet<Victimisation> Victimisations => Set<Victimisation>();
    public DbSet<Suspect> Suspects => Set<Suspect>();
    public DbSet<SuspectVictim> SuspectVictims => Set<SuspectVictim>();
    public DbSet<Prosecution> Prosecutions => Set<Prosecution>();
    public DbSet<Verdict> Verdicts => Set<Verdict>();
    public DbSet<Sentence> Sentences => Set<Sentence>();
    public DbSet<Supervision> Supervisions => Set<Supervision>();
    public DbSet<Reoffence> Reoffences => Set<Reoffence>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<LinkReview> LinkReviews => Set<LinkReview>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<PersonSplit> PersonSplits => Set<PersonSplit>();
    public DbSet<TriageRule> TriageRules => Set<TriageRule>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new MunicipalityConfiguration());
        modelBuilder.ApplyConfiguration(new PersonConfiguration(Protector));
        modelBuilder.ApplyConfiguration(new SignalConfiguration(Protector));
        modelBuilder.ApplyConfiguration(new CaseConfiguration());
        modelBuilder.ApplyConfiguration(new AssessmentConfiguration(Protector));
        modelBuilder.ApplyConfiguration(new ReferralConfiguration());
        modelBuilder.ApplyConfiguration(new HelpEpisodeConfiguration());
        modelBuilder.ApplyConfiguration(new VictimisationConfiguration());
        modelBuilder.ApplyConfiguration(new SuspectConfiguration(Protector));
        modelBuilder.ApplyConfiguration(new SuspectVictimConfiguration());
        modelBuilder.ApplyConfiguration(new ProsecutionConfiguration());
        modelBuilder.ApplyConfiguration(new VerdictConfiguration());
        modelBuilder.ApplyConfiguration(new SentenceConfiguration());
        modelBuilder.ApplyConfiguration(new SupervisionConfiguration());
        modelBuilder.ApplyConfiguration(new ReoffenceConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new LinkReviewConfiguration());
        modelBuilder.ApplyConfiguration(new PersonMergeConfiguration());
        modelBuilder.ApplyConfiguration(new PersonSplitConfiguration());
        modelBuilder.ApplyConfiguration(new TriageRuleConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Codes are stored by name, so reordering an enum never changes what stored data means.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // SQLite has no uuid type: 16-byte blobs instead of 36-character text halve every key and index.
            configurationBuilder.Properties<Guid>().HaveConversion<byte[]>();
        }
    }
}
