namespace Zicht.Synthetic.Model;

/// <summary>The exploitation mix of a synthetic person, the stratum detection and attributes depend on.</summary>
public enum FormGroup
{
    Sexual,
    Labour,
    Criminal,
    SexualAndLabour,
    Other,
}
