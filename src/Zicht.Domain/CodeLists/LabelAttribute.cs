namespace Zicht.Domain.CodeLists;

/// <summary>The Dutch and English label of one code in a code list.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string dutch, string english) : Attribute
{
    public string Dutch { get; } = dutch;
    public string English { get; } = english;
}
