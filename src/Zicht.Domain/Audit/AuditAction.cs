using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Audit;

/// <summary>What was done to data; every read and change of identifying data is one entry.</summary>
public enum AuditAction
{
    [Label("Ingezien", "Viewed")] View,
    [Label("Aangemaakt", "Created")] Create,
    [Label("Gewijzigd", "Changed")] Update,
    [Label("Verwijderd", "Deleted")] Delete,
    [Label("Geëxporteerd", "Exported")] Export,
    [Label("Gewist (AVG)", "Erased (GDPR)")] Erase,
    [Label("Samengevoegd", "Merged")] Merge,
    [Label("Gesplitst", "Split")] Split,
    [Label("Noodtoegang (break the glass)", "Break the glass")] BreakTheGlass,
    [Label("Ingelogd", "Signed in")] SignIn,
    [Label("Ingelezen", "Imported")] Import,
}
