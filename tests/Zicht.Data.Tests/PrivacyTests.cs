using System.Security.Cryptography;
using Zicht.Data.Privacy;
using Zicht.Domain.Registry;

namespace Zicht.Data.Tests;

public sealed class PrivacyTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void The_same_identifiers_give_the_same_pseudonym_whatever_their_spelling()
    {
        var p = new Pseudonymizer(Key);
        var a = p.ForPerson(new PersonIdentity("Małgorzata", "Wiśniewska", new DateOnly(1990, 4, 5)), Guid.NewGuid());
        var b = p.ForPerson(new PersonIdentity(" malgorzata ", "WISNIEWSKA", new DateOnly(1990, 4, 5)), Guid.NewGuid());
        Assert.Equal(a, b);
        Assert.StartsWith("P-", a);
        Assert.NotEqual(a, p.ForPerson(new PersonIdentity("Malgorzata", "Wisniewska", new DateOnly(1990, 5, 4)), Guid.NewGuid()));
    }

    [Fact]
    public void Another_key_gives_another_pseudonym_and_suspects_never_share_a_persons()
    {
        var identity = new PersonIdentity("Joy", "Osagie", new DateOnly(2001, 1, 1));
        var id = Guid.NewGuid();
        var p = new Pseudonymizer(Key);
        Assert.NotEqual(p.ForPerson(identity, id), new Pseudonymizer(RandomNumberGenerator.GetBytes(32)).ForPerson(identity, id));
        Assert.NotEqual(p.ForPerson(identity, id)[2..], p.ForSuspect(identity, id)[2..]);
        Assert.NotEqual(p.ForPerson(identity, id), p.ForPerson(identity, id, attempt: 1));
    }

    [Fact]
    public void Persons_without_any_identifier_do_not_share_a_pseudonym()
    {
        var p = new Pseudonymizer(Key);
        Assert.NotEqual(p.ForPerson(PersonIdentity.Empty, Guid.NewGuid()), p.ForPerson(PersonIdentity.Empty, Guid.NewGuid()));
    }

    [Fact]
    public void Ciphertext_is_fresh_each_time_and_tampering_is_detected()
    {
        var protector = new FieldProtector(Key);
        var a = protector.Protect("Anna"u8);
        var b = protector.Protect("Anna"u8);
        Assert.NotEqual(a, b);
        a[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(a));
    }

    [Fact]
    public void A_rotated_key_still_reads_what_the_old_key_wrote()
    {
        var old = new FieldProtector(Key);
        var written = old.Protect("de Vries"u8);
        var rotated = new FieldProtector(RandomNumberGenerator.GetBytes(32), [Key]);
        Assert.Equal("de Vries"u8.ToArray(), rotated.Unprotect(written));
        Assert.NotEqual(old.Fingerprint, rotated.Fingerprint);
        Assert.ThrowsAny<CryptographicException>(() => new FieldProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(written));
    }

    [Fact]
    public void Development_keys_are_made_once_outside_the_database_with_a_warning()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("zicht-keys-").FullName, "keys.json");
        var warnings = new List<string>();
        var first = KeyLoader.Load(n => n == KeyLoader.KeyFileVariable ? file : null, warnings.Add);
        var second = KeyLoader.Load(n => n == KeyLoader.KeyFileVariable ? file : null, warnings.Add);
        Assert.True(first.IsDevelopment);
        Assert.Equal(first.EncryptionKey, second.EncryptionKey);
        Assert.Equal(first.PseudonymKey, second.PseudonymKey);
        Assert.Equal(2, warnings.Count);
        Assert.Contains("DEVELOPMENT", warnings[0]);
    }

    [Fact]
    public void Keys_from_the_environment_win_and_bad_ones_are_named()
    {
        var enc = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var pse = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var keys = KeyLoader.Load(n => n switch { KeyLoader.EncryptionKeyVariable => enc, KeyLoader.PseudonymKeyVariable => pse, _ => null }, _ => Assert.Fail("no warning expected"));
        Assert.False(keys.IsDevelopment);

        var e = Assert.Throws<InvalidOperationException>(() => KeyLoader.Load(n => n switch { KeyLoader.EncryptionKeyVariable => "c2hvcnQ=", KeyLoader.PseudonymKeyVariable => pse, _ => null }, _ => { }));
        Assert.Contains(KeyLoader.EncryptionKeyVariable, e.Message);
        Assert.Contains("32 bytes", e.Message);
        Assert.Throws<InvalidOperationException>(() => KeyLoader.Load(n => n == KeyLoader.EncryptionKeyVariable ? enc : null, _ => { }));
    }
}
