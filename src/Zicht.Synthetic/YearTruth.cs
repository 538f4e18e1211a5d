using Zicht.Synthetic.Model;

namespace Zicht.Synthetic;

/// <summary>The truth about one year: how many victims there were, how many were registered, and how.</summary>
public sealed class YearTruth(int year)
{
    public int Year { get; } = year;
    public Dictionary<(FormGroup Group, bool Minor), int> True { get; } = [];
    public Dictionary<(FormGroup Group, bool Minor), int> Registered { get; } = [];

    /// <summary>Persons per capture pattern over <see cref="DetectionLists.All"/> (bit i: list i detected); pattern 0 is the hidden number.</summary>
    public Dictionary<int, int> CapturePatterns { get; } = [];

    public int TotalTrue => True.Values.Sum();
    public int TotalRegistered => Registered.Values.Sum();
    public int Hidden => TotalTrue - TotalRegistered;
}
