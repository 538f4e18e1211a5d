namespace Zicht.Domain.Registry;

/// <summary>The shape of a CBS municipality code: GM and four digits (GM0363 is Amsterdam).</summary>
public static class MunicipalityCodes
{
    public static bool IsWellFormed(string code)
    {
        var c = code.Trim();
        return c.Length == 6
            && (c[0] is 'G' or 'g') && (c[1] is 'M' or 'm')
            && char.IsAsciiDigit(c[2]) && char.IsAsciiDigit(c[3]) && char.IsAsciiDigit(c[4]) && char.IsAsciiDigit(c[5]);
    }
}
