namespace Zicht.Data.Privacy;

/// <summary>The secrets of an instance: the encryption key ring and the pseudonym key.</summary>
public sealed record ZichtKeys(byte[] EncryptionKey, IReadOnlyList<byte[]> PreviousEncryptionKeys, byte[] PseudonymKey, string Source, bool IsDevelopment)
{
    public FieldProtector CreateProtector() => new(EncryptionKey, PreviousEncryptionKeys);

    public Pseudonymizer CreatePseudonymizer() => new(PseudonymKey);

    public override string ToString() => $"ZichtKeys(from {Source})";
}
