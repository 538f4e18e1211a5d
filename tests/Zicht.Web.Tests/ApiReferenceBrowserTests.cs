namespace Zicht.Web.Tests;

/// <summary>The API reference page in Debian's Chromium: it renders the OpenAPI document offline, and the browser reports no error (a blocked script or style would be one).</summary>
public sealed class ApiReferenceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_api_reference_renders_the_document_from_this_server_without_errors()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync("/api/reference/v1");
        // The operations' summaries come from /openapi/v1.json: their presence shows the document was read and rendered.
        try
        {
            await page.WaitForFunctionAsync("() => document.body.textContent.includes('File a signal')", null, new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The reference did not render. Console errors: {string.Join(" | ", problems)}; other origins: {string.Join(", ", foreign)}; page: {(await page.ContentAsync())[..Math.Min(2000, (await page.ContentAsync()).Length)]}");
        }

        Assert.Empty(problems);
        Assert.Empty(foreign);
    }
}
