namespace Zicht.Web.Pages.Cases;

/// <summary>What the reason-and-confirmation fields of one merge, split or undo form show: its key, its errors, the reason typed, and what the user confirms.</summary>
public sealed record LinkageConfirm(string Key, IReadOnlyDictionary<string, string> Errors, string? Reason, string Statement);
