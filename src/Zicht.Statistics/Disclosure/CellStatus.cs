namespace Zicht.Statistics.Disclosure;

/// <summary>Whether a cell may be published.</summary>
public enum CellStatus
{
    /// <summary>Published.</summary>
    Safe,

    /// <summary>Suppressed because the cell itself is disclosive (too few persons, or dominated by a few contributors).</summary>
    Primary,

    /// <summary>Suppressed so that primary cells cannot be recomputed from the published cells and margins.</summary>
    Secondary,
}
