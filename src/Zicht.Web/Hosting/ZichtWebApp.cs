using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Zicht.Data.Linking;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Web.Api;
using Zicht.Web.Identity;
using Zicht.Web.Localisation;
using Zicht.Web.Services;

namespace Zicht.Web.Hosting;

/// <summary>Builds the web application: services, security, localisation, the start-up work and the request pipeline.</summary>
public static class ZichtWebApp
{
    public const string SignInLimit = "sign-in";

    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var demo = DemoMode.IsOn(builder.Environment, builder.Configuration, args);
        var configuration = builder.Configuration;
        var options = configuration.GetSection(ZichtWebOptions.Section).Get<ZichtWebOptions>() ?? new ZichtWebOptions();
        builder.Services.Configure<ZichtWebOptions>(configuration.GetSection(ZichtWebOptions.Section));

        var target = DatabaseTarget.Resolve(options.Database, k => configuration[k]);
        var keys = LoadKeys(configuration, demo);
        var database = new ZichtDatabase(target, keys.CreateProtector()) { Keys = keys };

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddSingleton(keys.CreatePseudonymizer());
        services.AddSingleton(new StartupInfo(demo, target.Describe()));
        services.AddSingleton<DemoCredentials>();
        services.AddSingleton<UnitOfWork>();
        services.AddSingleton<RegistryLinking>();
        services.AddHostedService<LinkageWarmUp>();
        services.AddSingleton<RegistryWork>();
        services.AddSingleton<CaseScope>();
        services.AddSingleton<MunicipalityDirectory>();
        services.AddSingleton<SignalRegistration>();
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<CaseCommands>();
        services.AddSingleton<WorkLists>();
        services.AddSingleton<SuspectRegister>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<TriageRuleAdmin>();
        services.AddSingleton<Figures>();
        services.AddSingleton<LinkReviews>();
        services.AddSingleton<CaseLinkage>();
        services.AddSingleton<Strings>();

        IdentityStore.Add(services, target);
        services.AddIdentity<ZichtUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ZichtIdentityDbContext>()
            .AddClaimsPrincipalFactory<ZichtClaimsFactory>()
            .AddDefaultTokenProviders();
        OpenIdConnectSetup.Add(services, configuration);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "zicht.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = demo ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "zicht.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = demo ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddAuthorization(Policies.Add);
        services.AddZichtApi(configuration);
        services.AddRazorPages(o =>
        {
            // Only these pages are open without signing in; every other page falls back to "signed in".
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/LoginTwoFactor");
            o.Conventions.AllowAnonymousToPage("/Account/Logout");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Language");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeFolder("/Signals", Policies.Signal);
            o.Conventions.AuthorizeFolder("/Cases", Policies.Cases);
            o.Conventions.AuthorizeFolder("/Work", Policies.Cases);
            o.Conventions.AuthorizeFolder("/Reviews", Policies.Cases);
            o.Conventions.AuthorizeFolder("/Suspects", Policies.Cases);
            o.Conventions.AuthorizeFolder("/Figures", Policies.Figures);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administer);
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.SignInAttemptsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        if (!demo)
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        }

        var app = builder.Build();
        await StartupWork.RunAsync(app.Services, demo, options);

        if (!demo)
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRequestLocalization(Localisation());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapZichtApi();

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, demo));
        return app;
    }

    public static RequestLocalizationOptions Localisation()
    {
        CultureInfo[] cultures = [CultureInfo.GetCultureInfo("nl-NL"), CultureInfo.GetCultureInfo("en-GB")];
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("nl-NL"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // Dutch unless the user chose otherwise with the switch in the header (a cookie); the browser's language is not asked.
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        };
    }

    private static ZichtKeys LoadKeys(IConfiguration configuration, bool demo)
    {
        if (!demo && string.IsNullOrWhiteSpace(configuration[KeyLoader.EncryptionKeyVariable]) && string.IsNullOrWhiteSpace(configuration[KeyLoader.PseudonymKeyVariable]))
        {
            throw new InvalidOperationException(
                $"Production configuration needs the keys: set {KeyLoader.EncryptionKeyVariable} and {KeyLoader.PseudonymKeyVariable} (each the base64 of 32 random bytes). Development keys are only for demo mode (--demo or the Development environment).");
        }

        return KeyLoader.Load(k => configuration[k], Console.Error.WriteLine);
    }

    private static void PrintWelcome(WebApplication app, bool demo)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var info = app.Services.GetRequiredService<StartupInfo>();
        Console.WriteLine($"Zicht is running on {info.Database}.");
        foreach (var a in addresses)
        {
            Console.WriteLine($"  Open {a}");
        }

        if (!demo)
        {
            return;
        }

        Console.WriteLine("DEMO MODE: synthetic data only. Demo users (passwords are new at every start):");
        foreach (var c in app.Services.GetRequiredService<DemoCredentials>().All)
        {
            Console.WriteLine($"  {c.Role,-13} {c.UserName,-22} {c.Password}   {c.Scope}");
        }
    }
}
