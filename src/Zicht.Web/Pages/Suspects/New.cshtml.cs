using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Suspects;

/// <summary>Registers a suspect and links the victims, by their pseudonyms; a suspect who is also a registered person names their own.</summary>
public sealed class NewModel(SuspectRegister suspects) : ZichtPageModel
{
    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateOnly? DateOfBirth { get; set; }
    [BindProperty] public Gender Gender { get; set; } = Gender.Unknown;
    [BindProperty] public string? Nationality { get; set; }
    [BindProperty] public DateOnly? RegisteredOn { get; set; }
    [BindProperty] public string? Victims { get; set; }
    [BindProperty] public string? OwnPseudonym { get; set; }

    public void OnGet() => RegisteredOn = suspects.Today;

    public async Task<IActionResult> OnPostAsync()
    {
        if (RegisteredOn is null)
        {
            Fail(nameof(RegisteredOn), T["Fill in the date of registration."]);
            return Page();
        }

        var victims = (Victims ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            var id = await suspects.CreateAsync(Actor, new PersonIdentity(GivenName, FamilyName, DateOfBirth), Gender, Nationality, RegisteredOn.Value, victims, OwnPseudonym);
            Notice = T["The suspect is registered."];
            return RedirectToPage("/Suspects/Details", new { id });
        }
        catch (DomainException e)
        {
            Fail("", e.MessageIn(CultureInfo.CurrentUICulture));
            return Page();
        }
    }
}
