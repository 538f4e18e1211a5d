using System.Buffers.Binary;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zicht.Data.Privacy;

/// <summary>Value converters that store identifying fields as AES-GCM ciphertext.</summary>
public static class EncryptedConverters
{
    // EF Core never hands null to a converter; the nullable types only match nullable properties.
    public static ValueConverter<string?, byte[]?> Text(FieldProtector p) => new(
        v => p.Protect(Encoding.UTF8.GetBytes(v!)),
        v => Encoding.UTF8.GetString(p.Unprotect(v!)));

    public static ValueConverter<DateOnly, byte[]> Date(FieldProtector p) => new(
        v => p.Protect(DateBytes(v)),
        v => DateOnly.FromDayNumber(BinaryPrimitives.ReadInt32LittleEndian(p.Unprotect(v))));

    private static byte[] DateBytes(DateOnly d)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, d.DayNumber);
        return b;
    }
}
