using Zicht.Web.Hosting;

var app = await ZichtWebApp.BuildAsync(args);
await app.RunAsync();

/// <summary>The entry point; public so tests can host the application in process.</summary>
public partial class Program;
