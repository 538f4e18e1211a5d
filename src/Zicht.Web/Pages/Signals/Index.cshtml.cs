using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Signals;

/// <summary>The signals of the signaller's own organisation, newest first; no names in the list.</summary>
public sealed class IndexModel(RegistryWork registry) : ZichtPageModel
{
    public IReadOnlyList<Row> Signals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var org = Actor.OrganisationId;
        Signals = org is null
            ? []
            : await registry.ReadAsync<IReadOnlyList<Row>>(async db =>
                (await db.Signals.Where(s => s.OrganisationId == org).OrderByDescending(s => s.SignalDate).ThenBy(s => s.Id).Take(200)
                    .Select(s => new { s.Id, s.SignalDate, s.Forms, s.MunicipalityCode, s.VictimStatus })
                    .ToListAsync())
                .Select(s => new Row(s.Id, s.SignalDate, s.Forms, s.MunicipalityCode, s.VictimStatus)).ToList());
    }

    /// <summary>One signal in the list.</summary>
    public sealed record Row(Guid Id, DateOnly SignalDate, IReadOnlyList<ExploitationForm> Forms, string? MunicipalityCode, VictimStatus Status);
}
