namespace Zicht.Domain.Registry;

/// <summary>The list an indicator comes from.</summary>
public enum IndicatorSource
{
    /// <summary>The eleven ILO indicators of forced labour.</summary>
    IloForcedLabour,

    /// <summary>The HTCDS methods of control (vic_MethodsOfControl).</summary>
    HtcdsMethodOfControl,
}
