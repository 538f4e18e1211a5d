namespace Zicht.Linkage.Tests.Fixtures;

/// <summary>Names of one origin: given names by sex, surname stems and endings, spelling variants.</summary>
internal sealed record NameGroup(
    string Nationality,
    double Weight,
    string[] Male,
    string[] Female,
    string[] SurnameStarts,
    string[] SurnameEnds,
    string[] Particles,
    string[][] Variants);
