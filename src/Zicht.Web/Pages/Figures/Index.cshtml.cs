using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Figures;

/// <summary>Registered persons per year, nationally and for the user's municipality; counts under the threshold suppressed.</summary>
public sealed class IndexModel(Services.Figures figures, MunicipalityDirectory municipalities) : ZichtPageModel
{
    public IReadOnlyList<YearFigure> National { get; private set; } = [];
    public IReadOnlyList<YearFigure>? Own { get; private set; }
    public string OwnName { get; private set; } = "";

    public async Task OnGetAsync()
    {
        National = await figures.PerYearAsync(Actor, null);
        if (Actor.IsIn(Roles.Municipality) && Actor.MunicipalityCode is { } code)
        {
            Own = await figures.PerYearAsync(Actor, code);
            OwnName = await municipalities.NameAsync(code);
        }
    }
}
