using Microsoft.EntityFrameworkCore;
using Zicht.Data.Storage;
using Zicht.Domain.Reference;

namespace Zicht.Web.Services;

/// <summary>The municipality list, read once: finds a municipality by CBS code or by name, and names a code.</summary>
public sealed class MunicipalityDirectory(ZichtDatabase database)
{
    private readonly Lazy<Task<IReadOnlyList<Municipality>>> _all = new(async () =>
    {
        await using var db = database.CreateContext();
        return await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToListAsync();
    });

    public Task<IReadOnlyList<Municipality>> AllAsync() => _all.Value;

    /// <summary>The option text the form's list offers: "Amsterdam (GM0363)".</summary>
    public static string Display(Municipality m) => $"{m.Name} ({m.Code})";

    /// <summary>Accepts a code (GM0363), a name (Amsterdam, case-insensitive) or the list's own text "Amsterdam (GM0363)".</summary>
    public async Task<Municipality?> FindAsync(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var all = await AllAsync();
        var open = t.LastIndexOf('(');
        if (open > 0 && t.EndsWith(')'))
        {
            t = t[(open + 1)..^1].Trim();
        }

        return all.FirstOrDefault(m => string.Equals(m.Code, t, StringComparison.OrdinalIgnoreCase))
            ?? all.Where(m => m.IsCurrent).FirstOrDefault(m => string.Equals(m.Name, t, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(m => string.Equals(m.Name, t, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<string> NameAsync(string? code)
    {
        if (code is null)
        {
            return "";
        }

        var m = (await AllAsync()).FirstOrDefault(x => x.Code == code);
        return m is null ? code : Display(m);
    }
}
