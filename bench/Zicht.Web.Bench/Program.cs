using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zicht.Data.Linking;
using Zicht.Data.Storage;
using Zicht.Domain.Organisations;
using Zicht.Web.Hosting;
using Zicht.Web.Identity;
using Zicht.Web.Services;

// The web benchmark of issue 3: the application on PostgreSQL on a real port, an API key issued as an
// administrator would, then CLIENTS concurrent partner systems POST signals for SECONDS; then case workers open
// case pages with a cookie session. Load generator and application share the machine, as the target says.
// Usage: dotnet run -c Release --project bench/Zicht.Web.Bench -- --database "Host=…;Port=…;Username=postgres"
//        [--seconds 20] [--clients 32] [--page-clients 8] [--persons 2000] [--probe: also the cost of a bare authenticated read]
var options = Args.Parse(args);
var server = new NpgsqlConnectionStringBuilder(options.Database) { Database = "zicht_bench_" + Guid.NewGuid().ToString("N")[..10] }.ToString();
Console.WriteLine($"Zicht web benchmark: {Environment.ProcessorCount} cores, load average {LoadAverage()}; starting the app on PostgreSQL with {options.Persons} synthetic persons…");

var app = await ZichtWebApp.BuildAsync(
[
    "--environment=Production",
    $"--contentRoot={WebProjectDirectory()}",
    // The pages live in Zicht.Web's assembly, not in this entry assembly: name it so Razor Pages finds them.
    "--applicationName=Zicht.Web",
    $"--Zicht:Database={server}",
    "--Zicht:Demo=true",
    $"--Zicht:DemoPersons={options.Persons}",
    "--Zicht:Api:RequestsPerMinute=100000000",
    "--Zicht:SignInAttemptsPerMinute=1000",
    $"--ZICHT_ENCRYPTION_KEY={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
    $"--ZICHT_PSEUDONYM_KEY={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
    "--urls=http://127.0.0.1:0",
    "--Logging:LogLevel:Default=Warning",
    "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
    "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
]);
await app.StartAsync();
var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

string key;
await using (var scope = app.Services.CreateAsyncScope())
{
    var police = Zicht.Synthetic.SyntheticOrganisations.All.First(o => o.Type == OrganisationType.Police && o.MunicipalityCode == "GM0363").Id;
    (_, key) = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>()
        .IssueAsync(new Actor("bench-admin", new HashSet<string> { Roles.Admin }, null, null), "bench-" + Guid.NewGuid().ToString("N")[..8], Roles.Signaller, police, null);
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var api = new HttpClient(handler) { BaseAddress = baseAddress };
api.DefaultRequestHeaders.Authorization = new("Bearer", key);

// The linkage index is built once per process at start (estimating its model from the registry's signals): wait
// for it, as a registry in service has long finished it. Then warm up: JIT tiers, connection pools, query plans.
await app.Services.GetRequiredService<RegistryLinking>().LinkerAsync();
await RunAsync(options.Clients, TimeSpan.FromSeconds(10), (i, r) => FileSignalAsync(api, r));
var signals = await RunAsync(options.Clients, TimeSpan.FromSeconds(options.Seconds), (i, r) => FileSignalAsync(api, r));
Console.WriteLine(FormattableString.Invariant(
    $"signals: {options.Clients} clients, {signals.Accepted:N0} accepted in {signals.Elapsed.TotalSeconds:N1} s = {signals.Accepted / signals.Elapsed.TotalSeconds:N0}/s; latency p50 {signals.Percentile(50):N1} ms, p95 {signals.Percentile(95):N1} ms, p99 {signals.Percentile(99):N1} ms; refused {signals.Failed}; {signals.CpuPerCall:N2} ms CPU per signal in this process"));

if (options.Probe)
{
    // What an authenticated API call costs without the registration: the key check and a point read (of a signal
    // that does not exist, so the answer is a 404 and nothing is audited).
    var reads = await RunAsync(options.Clients, TimeSpan.FromSeconds(options.Seconds), async (i, r) =>
    {
        using var response = await api.GetAsync(new Uri($"/api/v1/signals/{Guid.NewGuid()}", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.NotFound;
    });
    Console.WriteLine(FormattableString.Invariant(
        $"probe (GET a signal that does not exist): {reads.Accepted / reads.Elapsed.TotalSeconds:N0}/s; p50 {reads.Percentile(50):N1} ms, p99 {reads.Percentile(99):N1} ms; {reads.CpuPerCall:N2} ms CPU per call in this process"));
}

// Case pages: a case worker's cookie session, the national scope (every case), random cases.
var caseIds = await LoadCaseIdsAsync(app.Services.GetRequiredService<ZichtDatabase>());
var worker = app.Services.GetRequiredService<DemoCredentials>().For("casemanager");
using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
using var browser = new HttpClient(cookies) { BaseAddress = baseAddress };
await SignInAsync(browser, worker.UserName, worker.Password);
await RunAsync(options.PageClients, TimeSpan.FromSeconds(3), (i, r) => OpenCaseAsync(browser, caseIds[r.Next(caseIds.Count)]));
var pages = await RunAsync(options.PageClients, TimeSpan.FromSeconds(options.Seconds), (i, r) => OpenCaseAsync(browser, caseIds[r.Next(caseIds.Count)]));
Console.WriteLine(FormattableString.Invariant(
    $"case pages: {options.PageClients} clients, {pages.Accepted:N0} in {pages.Elapsed.TotalSeconds:N1} s = {pages.Accepted / pages.Elapsed.TotalSeconds:N0}/s; latency p50 {pages.Percentile(50):N1} ms, p95 {pages.Percentile(95):N1} ms, p99 {pages.Percentile(99):N1} ms; failed {pages.Failed}; {pages.CpuPerCall:N2} ms CPU per page in this process"));
Console.WriteLine($"load average after: {LoadAverage()}");

await app.StopAsync();
await using (var db = app.Services.GetRequiredService<ZichtDatabase>().CreateContext())
{
    await db.Database.EnsureDeletedAsync();
}

return signals.Failed == 0 && pages.Failed == 0 ? 0 : 1;

static async Task<bool> FileSignalAsync(HttpClient api, Random r)
{
    using var response = await api.PostAsJsonAsync("/api/v1/signals", SignalBodies.Next(r));
    return response.StatusCode == HttpStatusCode.Created;
}

static async Task<bool> OpenCaseAsync(HttpClient browser, Guid id)
{
    using var response = await browser.GetAsync(new Uri($"/Cases/Details/{id}", UriKind.Relative));
    await response.Content.ReadAsByteArrayAsync();
    return response.StatusCode == HttpStatusCode.OK;
}

static async Task<Run> RunAsync(int clients, TimeSpan duration, Func<int, Random, Task<bool>> call)
{
    var latencies = new List<double>[clients];
    var failed = 0;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var until = duration;
    await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
    {
        var mine = latencies[i] = [];
        var random = new Random(i * 7919 + 17);
        while (clock.Elapsed < until)
        {
            var start = Stopwatch.GetTimestamp();
            var ok = await call(i, random);
            if (ok)
            {
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
        }
    })));
    var elapsed = clock.Elapsed;
    return new Run(latencies.SelectMany(l => l).Order().ToArray(), failed, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
}

static async Task<List<Guid>> LoadCaseIdsAsync(ZichtDatabase database)
{
    await using var db = database.CreateContext();
    return await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).Take(5000).ToListAsync();
}

static async Task SignInAsync(HttpClient browser, string user, string password)
{
    using var page = await browser.GetAsync(new Uri("/Account/Login", UriKind.Relative));
    if (page.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"The sign-in page answered {(int)page.StatusCode} {page.Headers.Location}.");
    }

    var form = await page.Content.ReadAsStringAsync();
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var response = await browser.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["UserName"] = user,
        ["Password"] = password,
        ["__RequestVerificationToken"] = token,
    }));
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Signing in as {user} failed: {(int)response.StatusCode}.");
    }
}

// The web project's folder (its wwwroot and appsettings.json), found from the repository root above the binary.
static string WebProjectDirectory()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Zicht.slnx")))
        {
            return Path.Combine(dir.FullName, "src", "Zicht.Web");
        }
    }

    throw new InvalidOperationException("Run the benchmark from within the repository (no Zicht.slnx above the binary).");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

/// <summary>The measurements of one run: latencies of the successful calls, sorted.</summary>
internal sealed record Run(double[] Latencies, int Failed, TimeSpan Elapsed, TimeSpan Cpu)
{
    public int Accepted => Latencies.Length;

    /// <summary>This process's CPU time (application and load generator, not PostgreSQL) per successful call: what the load costs, whatever else runs.</summary>
    public double CpuPerCall => Latencies.Length == 0 ? double.NaN : Cpu.TotalMilliseconds / Latencies.Length;

    public double Percentile(double p) => Latencies.Length == 0 ? double.NaN : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(p / 100 * Latencies.Length) - 1)];
}

/// <summary>The command line.</summary>
internal sealed record Args(string Database, int Seconds, int Clients, int PageClients, int Persons, bool Probe)
{
    public static Args Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var database = Get("--database") ?? Environment.GetEnvironmentVariable("ZICHT_BENCH_POSTGRES")
            ?? throw new ArgumentException("Give a PostgreSQL server: --database \"Host=…;Port=…;Username=postgres\" (scripts/postgres.sh start DIR prints one).");
        return new Args(database, Int("--seconds", 20), Int("--clients", 32), Int("--page-clients", 8), Int("--persons", 2000), args.Contains("--probe"));
    }
}

/// <summary>Signals as partner systems send them: half with an identity (consent not required for the police), varied forms and places.</summary>
internal static class SignalBodies
{
    private static readonly string[] Given = ["Anna", "Maria", "Olga", "Blessing", "Joy", "Piotr", "Adam", "Fatima", "Mohamed", "Sara", "Ivana", "Grace"];
    private static readonly string[] Family = ["Jansen", "de Vries", "Nowak", "Okafor", "Eze", "Kowalski", "Bakker", "El Amrani", "Popescu", "Mensah", "van Dijk", "Ivanova"];
    private static readonly string[] Municipalities = ["GM0363", "GM0599", "GM0518", "GM0344", "GM0034", "GM0772", "GM0855", "GM0014"];
    private static readonly string[] Forms = ["sexual", "labour", "criminal", "other"];

    public static object Next(Random r)
    {
        var form = Forms[r.Next(Forms.Length)];
        var identified = r.Next(2) == 0;
        return new
        {
            signalDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-r.Next(0, 30)),
            forms = new[] { form },
            labourSector = form is "labour" or "criminal" ? "agriculture" : null,
            indicators = new[] { "abuseOfVulnerability", "retentionOfIdentityDocuments" }.Take(r.Next(0, 3)).ToArray(),
            municipalityCode = Municipalities[r.Next(Municipalities.Length)],
            nationality = identified ? "PL" : null,
            gender = r.Next(2) == 0 ? "female" : "male",
            givenName = identified ? Given[r.Next(Given.Length)] : null,
            familyName = identified ? Family[r.Next(Family.Length)] + "-" + r.Next(100000) : null,
            dateOfBirth = identified ? new DateOnly(1970 + r.Next(35), 1 + r.Next(12), 1 + r.Next(28)) : (DateOnly?)null,
            consent = "notRequired",
        };
    }
}
