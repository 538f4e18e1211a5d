using System.Security.Cryptography;
using System.Text.Json;

namespace Zicht.Data.Privacy;

/// <summary>
/// Finds the keys: from the environment (production: ZICHT_ENCRYPTION_KEY, ZICHT_PSEUDONYM_KEY, optional
/// ZICHT_PREVIOUS_ENCRYPTION_KEYS, each base64 of 32 bytes), else from a development key file outside the database,
/// made on first use with a warning.
/// </summary>
public static class KeyLoader
{
    public const string EncryptionKeyVariable = "ZICHT_ENCRYPTION_KEY";
    public const string PreviousEncryptionKeysVariable = "ZICHT_PREVIOUS_ENCRYPTION_KEYS";
    public const string PseudonymKeyVariable = "ZICHT_PSEUDONYM_KEY";
    public const string KeyFileVariable = "ZICHT_KEYS_FILE";

    public static string DefaultKeyFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create), "zicht", "development-keys.json");

    /// <param name="get">Reads a setting (the environment, or a configuration).</param>
    /// <param name="warn">Told when development keys are used or made.</param>
    public static ZichtKeys Load(Func<string, string?> get, Action<string> warn)
    {
        var encryption = get(EncryptionKeyVariable);
        var pseudonym = get(PseudonymKeyVariable);
        if (!string.IsNullOrWhiteSpace(encryption) || !string.IsNullOrWhiteSpace(pseudonym))
        {
            if (string.IsNullOrWhiteSpace(encryption) || string.IsNullOrWhiteSpace(pseudonym))
            {
                throw new InvalidOperationException($"Set both {EncryptionKeyVariable} and {PseudonymKeyVariable}, or neither.");
            }

            var previous = (get(PreviousEncryptionKeysVariable) ?? "")
                .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Select((k, i) => Decode(k, $"{PreviousEncryptionKeysVariable}[{i}]"))
                .ToArray();
            return new ZichtKeys(Decode(encryption, EncryptionKeyVariable), previous, Decode(pseudonym, PseudonymKeyVariable), "the environment", false);
        }

        var file = get(KeyFileVariable);
        return LoadOrCreateFile(string.IsNullOrWhiteSpace(file) ? DefaultKeyFile : file, warn);
    }

    public static ZichtKeys LoadOrCreateFile(string path, Action<string> warn)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var made = new KeyFile(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), []);
            // Create-new so two processes starting at once cannot overwrite each other's key.
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(stream, made, KeyFileJson.Options);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                warn($"WARNING: no keys configured; made new DEVELOPMENT keys in {path}. Data encrypted with them is readable by anyone who has that file. Never use development keys in production: set {EncryptionKeyVariable} and {PseudonymKeyVariable}.");
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first; read theirs below.
            }
        }
        else
        {
            warn($"WARNING: using DEVELOPMENT keys from {path}. Never use development keys in production.");
        }

        KeyFile? keys;
        try
        {
            keys = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), KeyFileJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The key file {path} is not valid JSON: {e.Message}", e);
        }

        if (keys is null)
        {
            throw new InvalidOperationException($"The key file {path} is empty.");
        }

        return new ZichtKeys(
            Decode(keys.EncryptionKey, $"{path}: encryptionKey"),
            keys.PreviousEncryptionKeys.Select((k, i) => Decode(k, $"{path}: previousEncryptionKeys[{i}]")).ToArray(),
            Decode(keys.PseudonymKey, $"{path}: pseudonymKey"),
            path,
            true);
    }

    private static byte[] Decode(string base64, string where)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{where} is not base64.");
        }

        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"{where} must decode to 32 bytes; it has {bytes.Length}.");
    }

    private sealed record KeyFile(string EncryptionKey, string PseudonymKey, string[] PreviousEncryptionKeys);

    private static class KeyFileJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    }
}
