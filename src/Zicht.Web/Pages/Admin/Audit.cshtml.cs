using Microsoft.AspNetCore.Mvc;
using Zicht.Domain.Audit;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Admin;

/// <summary>The audit trail for administrators: filter by user, person, action and period; verify the hash chain.</summary>
public sealed class AuditModel(AuditTrail trail) : ZichtPageModel
{
    [BindProperty(SupportsGet = true, Name = "Actor")] public string? Who { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pseudonym { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public (long? FirstBroken, long Checked)? Verification { get; private set; }

    public async Task OnGetAsync() => Entries = await trail.FindAsync(new AuditQuery(Who, Pseudonym, Action, From, To), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verification = await trail.VerifyAsync(HttpContext.RequestAborted);
        Entries = await trail.FindAsync(new AuditQuery(Who, Pseudonym, Action, From, To), HttpContext.RequestAborted);
        return Page();
    }
}
