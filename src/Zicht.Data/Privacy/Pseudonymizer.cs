using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Zicht.Domain.Registry;

namespace Zicht.Data.Privacy;

/// <summary>
/// Pseudonyms as keyed hashes (HMAC-SHA-256) of normalised identifiers: the same identifiers under the same key
/// give the same pseudonym, and without the key a pseudonym cannot be traced back or recomputed.
/// </summary>
public sealed class Pseudonymizer(byte[] key)
{
    private readonly byte[] _key = key.Length >= 32 ? key : throw new ArgumentException("A pseudonym key has at least 32 bytes.", nameof(key));

    /// <summary>A person's pseudonym, for example <c>P-7K3QX9M2TB4W</c>.</summary>
    /// <param name="attempt">0 first; 1, 2, … only when another person already holds the earlier ones.</param>
    public string ForPerson(PersonIdentity identity, Guid fallback, int attempt = 0) =>
        "P-" + Hash(Material(identity, fallback) + (attempt == 0 ? "" : "|" + attempt.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A suspect's pseudonym, from its own domain so it never equals a person's.</summary>
    public string ForSuspect(PersonIdentity identity, Guid fallback) => "S-" + Hash("suspect|" + Material(identity, fallback));

    /// <summary>Lower case, no diacritics, letters only: "Van der Berg-Şahin" and "vanderberg sahin" agree.</summary>
    public static string Normalise(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return "";
        }

        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                // Letters that Unicode does not decompose into a base letter and a mark.
                var lower = char.ToLowerInvariant(c);
                sb.Append(lower switch
                {
                    'ł' => "l",
                    'ø' => "o",
                    'đ' => "d",
                    'ı' => "i",
                    'ß' => "ss",
                    'æ' => "ae",
                    'œ' => "oe",
                    _ => lower.ToString(),
                });
            }
        }

        return sb.ToString();
    }

    private static string Material(PersonIdentity identity, Guid fallback)
    {
        var given = Normalise(identity.GivenName);
        var family = Normalise(identity.FamilyName);
        var dob = identity.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        // Without any identifier, two unknown persons must not share a pseudonym: fall back to the record's id.
        return given.Length + family.Length + dob.Length == 0
            ? "id|" + fallback.ToString("N")
            : $"{given}|{family}|{dob}";
    }

    private string Hash(string material)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(material));
        return Base32(mac.AsSpan(0, 10));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        // Crockford's alphabet: no I, L, O or U, so pseudonyms read aloud without confusion.
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var sb = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return sb.ToString();
    }
}
