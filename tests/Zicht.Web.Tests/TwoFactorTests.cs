using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Zicht.Web.Tests;

/// <summary>The optional TOTP second factor: once on, a password alone no longer signs in.</summary>
public sealed partial class TwoFactorTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task With_the_second_factor_on_a_password_alone_does_not_sign_in()
    {
        var password = host.Factory.Credentials.For("signaller.ngo").Password;
        using (var session = await WebSession.SignedInAsync(host.Factory, "signaller.ngo"))
        {
            var page = await session.GetAsync("/Account/Manage/TwoFactor");
            var key = KeyPattern().Match(page.Html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.NotEmpty(key);
            var wrong = await session.PostAsync("/Account/Manage/TwoFactor", new() { ["Code"] = "000000" }, "/Account/Manage/TwoFactor?handler=Enable");
            Assert.Contains("id=\"Code-error\"", wrong.Html, StringComparison.Ordinal);
            var on = await session.PostAsync("/Account/Manage/TwoFactor", new() { ["Code"] = Totp(key) }, "/Account/Manage/TwoFactor?handler=Enable");
            Assert.Equal(HttpStatusCode.Redirect, on.Status);
            var later = await session.GetAsync("/Account/Manage/TwoFactor");
            Assert.Contains("?handler=Disable", later.Html, StringComparison.Ordinal);

            using var fresh = new WebSession(host.Factory);
            var first = await fresh.SignInAsync("signaller.ngo", password);
            Assert.Equal("/Account/LoginTwoFactor", first.Location?.Split('?')[0]);
            Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/Signals")).Status);
            var second = await fresh.PostAsync("/Account/LoginTwoFactor", new() { ["Code"] = Totp(key) });
            Assert.Equal(HttpStatusCode.Redirect, second.Status);
            Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/Signals")).Status);

            await session.PostAsync("/Account/Manage/TwoFactor", [], "/Account/Manage/TwoFactor?handler=Disable");
        }
    }

    /// <summary>RFC 6238 with SHA-1, 30-second steps and six digits, as authenticator apps compute it.</summary>
    private static string Totp(string base32Key)
    {
        var key = FromBase32(base32Key);
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 as the apps implement it uses SHA-1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("<code class=\"zicht-key\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();
}
