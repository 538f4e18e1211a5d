namespace Zicht.Domain.CodeLists;

/// <summary>One entry of a code list: its stable code and its labels.</summary>
public sealed record CodeItem(string Code, string Dutch, string English)
{
    public string Label(bool dutch) => dutch ? Dutch : English;
}
