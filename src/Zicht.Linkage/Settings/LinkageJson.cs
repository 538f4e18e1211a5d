using System.Text.Json;
using System.Text.Json.Serialization;
using Zicht.Linkage.Model;

namespace Zicht.Linkage.Settings;

/// <summary>Reads and writes settings and trained models as JSON with snake_case names ("swap_with", "term_frequency").</summary>
public static class LinkageJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static string Write(LinkageSettings settings) => JsonSerializer.Serialize(settings, Options);

    public static string Write(LinkageModel model) => JsonSerializer.Serialize(model, Options);

    /// <summary>Reads settings; a <see cref="LinkageSettingsException"/> names the line and property when the text does not fit.</summary>
    public static LinkageSettings ReadSettings(string json) => Read<LinkageSettings>(json, "settings");

    public static LinkageModel ReadModel(string json) => Read<LinkageModel>(json, "model");

    private static T Read<T>(string json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new LinkageSettingsException($"{what}: the file holds null.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}{(e.Path is { } p ? $" ({p})" : string.Empty)}" : string.Empty;
            throw new LinkageSettingsException($"{what}: not valid{where}: {e.Message.Split(" Path:")[0]}");
        }
    }
}
