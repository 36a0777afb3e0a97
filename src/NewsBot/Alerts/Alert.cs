using NewsBot.Analysis;

namespace NewsBot.Alerts;

/// <summary>
/// One alert as stored in the outbox and rendered by each platform. All strings are plain text
/// straight from feeds or our own Indonesian templates: platforms must escape them.
/// </summary>
public sealed record Alert(
    string CompanyName,
    IncidentType Type,
    bool IsUpdate,
    DateTimeOffset PublishedAt,
    string Title,
    string Summary,
    IReadOnlyList<AlertSource> Sources,
    IncidentFacts Facts,
    string Why)
{
    /// <summary>The receiving chat's time zone (WIB, WITA, WIT) for the dates shown; set when the alert is sent, not stored.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ChatZone Zone { get; init; } = ChatZone.Wib;

    /// <summary>
    /// For a follow-up: the platform's id of the original alert's message in the receiving chat, so the follow-up is
    /// sent as a reply to it; null when the original was never delivered there. Set when the alert is sent, not stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ReplyTo { get; init; }
}

/// <summary>An article that reported the incident.</summary>
public sealed record AlertSource(string Outlet, string Url, string Title, string Language);
