namespace Zicht.Domain.Reference;

/// <summary>
/// A Dutch municipality (gemeente) by its CBS code, with its province. Municipalities that merged away stay
/// known (not current), because older signals keep their code.
/// </summary>
public sealed record Municipality(string Code, string Name, string Province, bool IsCurrent = true);
