namespace Zicht.Statistics.Disclosure;

/// <summary>
/// One cell of a protected table, margins included ("Total" in a dimension): its status, the value to publish (null when
/// suppressed) and, for suppressed cells, the interval a reader can deduce from everything published.
/// </summary>
public sealed record ProtectedCell(IReadOnlyList<string> Categories, bool IsMargin, CellStatus Status, double? Published, double? FeasibleLower, double? FeasibleUpper);
