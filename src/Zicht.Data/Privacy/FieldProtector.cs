using System.Security.Cryptography;

namespace Zicht.Data.Privacy;

/// <summary>
/// Encrypts identifying fields with AES-256-GCM. A ciphertext carries the id of its key, so old keys can stay in
/// the ring for reading while new writes use the current one (key rotation).
/// </summary>
public sealed class FieldProtector
{
    private const byte FormatVersion = 1;
    private const int KeyIdSize = 4;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + KeyIdSize + NonceSize;

    private readonly byte[] _currentKeyId;
    private readonly Dictionary<uint, byte[]> _keys = [];
    private readonly byte[] _current;

    // AesGcm expands the key once per instance and is not thread-safe: one instance per key per thread. The key id
    // is a hash of the key, so instances are shared safely between protectors that hold the same key.
    [ThreadStatic]
    private static Dictionary<uint, AesGcm>? t_ciphers;

    public FieldProtector(byte[] currentKey, IEnumerable<byte[]>? previousKeys = null)
    {
        _current = CheckKey(currentKey);
        _currentKeyId = KeyId(currentKey);
        _keys[BitConverter.ToUInt32(_currentKeyId)] = currentKey;
        foreach (var k in previousKeys ?? [])
        {
            _keys.TryAdd(BitConverter.ToUInt32(KeyId(CheckKey(k))), k);
        }
    }

    /// <summary>A short public fingerprint of the current key, safe to print and to use as a cache key.</summary>
    public string Fingerprint => Convert.ToHexStringLower(_currentKeyId);

    /// <summary>Identifies the whole ring (current key first), for caches that depend on it.</summary>
    public string RingFingerprint => Fingerprint + ":" + string.Join(',', _keys.Keys.Order());

    public byte[] Protect(ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[HeaderSize + plaintext.Length + TagSize];
        output[0] = FormatVersion;
        _currentKeyId.CopyTo(output, 1);
        var nonce = output.AsSpan(1 + KeyIdSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var aes = Cipher(BitConverter.ToUInt32(_currentKeyId), _current);
        aes.Encrypt(nonce, plaintext, output.AsSpan(HeaderSize, plaintext.Length), output.AsSpan(HeaderSize + plaintext.Length, TagSize), output.AsSpan(0, 1 + KeyIdSize));
        return output;
    }

    public byte[] Unprotect(ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length < HeaderSize + TagSize || ciphertext[0] != FormatVersion)
        {
            throw new CryptographicException("An encrypted field is damaged or of an unknown format.");
        }

        var keyId = BitConverter.ToUInt32(ciphertext.Slice(1, KeyIdSize));
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"An encrypted field uses key {Convert.ToHexStringLower(ciphertext.Slice(1, KeyIdSize))}, which is not in the configured key ring.");
        }

        var length = ciphertext.Length - HeaderSize - TagSize;
        var plaintext = new byte[length];
        var aes = Cipher(keyId, key);
        aes.Decrypt(ciphertext.Slice(1 + KeyIdSize, NonceSize), ciphertext.Slice(HeaderSize, length), ciphertext.Slice(HeaderSize + length, TagSize), plaintext, ciphertext[..(1 + KeyIdSize)]);
        return plaintext;
    }

    private AesGcm Cipher(uint keyId, byte[] key)
    {
        var ciphers = t_ciphers ??= [];
        if (!ciphers.TryGetValue(keyId, out var aes))
        {
            aes = new AesGcm(key, TagSize);
            ciphers[keyId] = aes;
        }

        return aes;
    }

    private static byte[] CheckKey(byte[] key) =>
        key.Length == 32 ? key : throw new ArgumentException($"An encryption key is 32 bytes (AES-256); this one has {key.Length}.", nameof(key));

    private static byte[] KeyId(byte[] key) => SHA256.HashData(key)[..KeyIdSize];
}
