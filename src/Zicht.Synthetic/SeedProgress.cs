namespace Zicht.Synthetic;

/// <summary>How far a seed run is: registered persons written so far, of about how many.</summary>
public sealed record SeedProgress(int Year, long PersonsWritten, long PersonsExpected, long RowsWritten);
