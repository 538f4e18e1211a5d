using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zicht.Web.Tests;

/// <summary>One browser-like user in process: keeps cookies, reads anti-forgery tokens from forms and posts them back.</summary>
public sealed partial class WebSession(ZichtWebFactory factory) : IDisposable
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<WebSession> SignedInAsync(ZichtWebFactory factory, string userName, string? password = null)
    {
        var session = new WebSession(factory);
        var response = await session.SignInAsync(userName, password ?? factory.Credentials.For(userName).Password);
        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        return session;
    }

    public async Task<Page> SignInAsync(string userName, string password) =>
        await PostAsync("/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });

    public async Task<Page> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Gets the form page first (for its anti-forgery token), then posts the fields to <paramref name="action"/>.</summary>
    public async Task<Page> PostAsync(string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var form = await GetAsync(formPage);
        var token = TokenPattern().Match(form.Html);
        Assert.True(token.Success, $"{formPage} has no anti-forgery token (status {(int)form.Status}).");
        return await PostRawAsync(action ?? formPage, fields, token.Groups[1].Value);
    }

    public async Task<Page> PostRawAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await _client.PostAsync(new Uri(action, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>A response: status, where it redirects to, and the decoded page text.</summary>
    public sealed record Page(HttpStatusCode Status, string? Location, string Html)
    {
        public string Text => WebUtility.HtmlDecode(Html);

        /// <summary>What a reader sees: the text between the tags, without attributes (where random tokens live).</summary>
        public string Visible => WebUtility.HtmlDecode(Tag().Replace(Html, " "));

        public static async Task<Page> ReadAsync(HttpResponseMessage response) =>
            new(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }
}
