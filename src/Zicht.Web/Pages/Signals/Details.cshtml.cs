using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Signals;

/// <summary>One signal of the signaller's own organisation, with what they recorded; the view is audited.</summary>
public sealed class DetailsModel(RegistryWork registry) : ZichtPageModel
{
    public Signal Signal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var org = Actor.OrganisationId;
        var signal = await registry.ReadAsync(db => db.Signals.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == org));
        if (signal is null)
        {
            return NotFound();
        }

        await registry.AuditAsync(Actor, AuditAction.View, nameof(Signal), signal.Id, signal.PersonId);
        Signal = signal;
        return Page();
    }
}
