using Zicht.Data.Linking;
using Zicht.Linkage.Incremental;

namespace Zicht.Web.Services;

/// <summary>
/// Builds the registry's linkage index in the background as the app starts, so the first signal does not wait for
/// the model to be estimated. A failure here is not fatal: the first signal then builds it (and reports the error).
/// </summary>
public sealed class LinkageWarmUp(RegistryLinking linking, ILogger<LinkageWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var linker = await linking.LinkerAsync(stoppingToken);

            // At start no index is in use yet, so a pause now costs no link: the new index is moved to the old
            // generation before the first signals' links would meet the collections that move it (at a million
            // signals up to 15 ms with this host's server collector, 52 ms with the workstation one). Not after a
            // re-estimation, when the index in use goes on linking beside the build.
            LinkageIndex.Settle();
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("Linkage index ready: {Records} signals, {Model}.", linker.RecordCount, linker.HasModel ? "model estimated" : "identical identifiers only");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stopped first.
        }
        catch (Exception e)
        {
            log.LogWarning(e, "The linkage index could not be built at start; the first signal builds it.");
        }
    }
}
