using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;

namespace Zicht.Web.Tests;

/// <summary>One SQLite-backed application shared by the tests of a class (seeding once keeps the suite fast).</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public ZichtWebFactory Factory { get; } = new();

    public ZichtDatabase Database => Factory.Services.GetRequiredService<ZichtDatabase>();

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
