namespace Zicht.Statistics.Survival;

/// <summary>Aalen–Johansen cumulative incidence of each cause at one time, with delta-method standard errors.</summary>
public sealed record CumulativeIncidenceRow(double Time, int AtRisk, IReadOnlyList<int> Events, IReadOnlyList<double> Incidence, IReadOnlyList<double> StandardErrors);
