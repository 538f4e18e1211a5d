using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>Sector of labour exploitation, close to HTCDS TypeOfLabourExploitation with sectors seen in the Netherlands.</summary>
public enum LabourSector
{
    [Label("Land- en tuinbouw", "Agriculture and horticulture")] Agriculture,
    [Label("Vleesverwerking", "Meat processing")] MeatProcessing,
    [Label("Bouw", "Construction")] Construction,
    [Label("Horeca", "Hospitality")] Hospitality,
    [Label("Schoonmaak", "Cleaning")] Cleaning,
    [Label("Huishoudelijk werk", "Domestic work")] DomesticWork,
    [Label("Transport en logistiek", "Transport and logistics")] Transport,
    [Label("Industrie", "Manufacturing")] Manufacturing,
    [Label("Scheepvaart en visserij", "Shipping and fishing")] Shipping,
    [Label("Detailhandel", "Retail")] Retail,
    [Label("Schoonheidsbranche (nagelstudio's)", "Beauty (nail salons)")] Beauty,
    [Label("Bedelarij", "Begging")] Begging,
    [Label("Overig", "Other")] Other,
}
