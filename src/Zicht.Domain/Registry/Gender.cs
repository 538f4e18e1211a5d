using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>Gender as registered (HTCDS prs_Gender).</summary>
public enum Gender
{
    [Label("Vrouw", "Female")] Female,
    [Label("Man", "Male")] Male,
    [Label("Transgender / non-binair", "Transgender / non-conforming")] NonConforming,
    [Label("Onbekend", "Unknown")] Unknown,
}
