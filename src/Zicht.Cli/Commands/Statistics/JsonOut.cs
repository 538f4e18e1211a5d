using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zicht.Cli.Commands.Statistics;

/// <summary>JSON writing shared by the statistics commands: indented, and non-finite numbers written as null.</summary>
internal static class JsonOut
{
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Number(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
