namespace Zicht.Linkage.Settings;

/// <summary>A comparison bound to column positions of one file.</summary>
internal sealed record ResolvedComparison(ComparisonSettings Settings, int Column, bool Encoded, int SwapColumn, int SwapKeyColumn)
{
    /// <summary>Birth years: the column with an estimated age, or -1.</summary>
    public int AgeColumn { get; init; } = -1;

    /// <summary>Birth years: the column with the date the age was estimated at, or -1.</summary>
    public int ReferenceColumn { get; init; } = -1;

    /// <summary>
    /// Surnames: the column telling whether a record may carry a married name, or -1. In a clear file the column of
    /// <see cref="MarriedNameSettings.Column"/>; in an encoded file <c>field~married</c>, which holds 1 or 0.
    /// </summary>
    public int MarriedColumn { get; init; } = -1;

    /// <summary>Encoded names: the column with keyed hashes of the name's one-deletion neighbourhood, or -1.</summary>
    public int EditsColumn { get; init; } = -1;

    /// <summary>Encoded names: the column with keyed hashes of the name's words, or -1.</summary>
    public int PartsColumn { get; init; } = -1;
}
