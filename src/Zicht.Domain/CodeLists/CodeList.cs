using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Zicht.Domain.CodeLists;

/// <summary>Reads the code lists that are declared as enums with <see cref="LabelAttribute"/> on every member.</summary>
public static class CodeList
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<CodeItem>> Cache = new();

    /// <summary>Every code of <typeparamref name="T"/> in declaration order.</summary>
    public static IReadOnlyList<CodeItem> All<T>() where T : struct, Enum => All(typeof(T));

    public static IReadOnlyList<CodeItem> All(Type enumType) => Cache.GetOrAdd(enumType, Read);

    public static CodeItem Item<T>(T value) where T : struct, Enum
    {
        var code = value.ToString();
        return All<T>().FirstOrDefault(i => i.Code == code)
            ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no code '{code}'.");
    }

    /// <summary>The label in the culture's language: Dutch for any "nl" culture, English otherwise.</summary>
    public static string Label<T>(T value, CultureInfo? culture = null) where T : struct, Enum =>
        Item(value).Label(IsDutch(culture ?? CultureInfo.CurrentUICulture));

    /// <summary>Parses a code (case-insensitive) or a Dutch or English label.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        foreach (var item in All<T>())
        {
            if (string.Equals(item.Code, t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(item.Dutch, t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(item.English, t, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(item.Code);
                return true;
            }
        }

        return false;
    }

    public static bool IsDutch(CultureInfo culture) => culture.TwoLetterISOLanguageName == "nl";

    private static IReadOnlyList<CodeItem> Read(Type enumType)
    {
        if (!enumType.IsEnum)
        {
            throw new ArgumentException($"{enumType.Name} is not an enum.", nameof(enumType));
        }

        return enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f =>
            {
                var label = f.GetCustomAttribute<LabelAttribute>()
                    ?? throw new InvalidOperationException($"{enumType.Name}.{f.Name} has no label.");
                return new CodeItem(f.Name, label.Dutch, label.English);
            })
            .ToArray();
    }
}
