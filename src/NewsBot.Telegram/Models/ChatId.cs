using System.Globalization;
using System.Text.Json.Serialization;

namespace NewsBot.Telegram.Models;

/// <summary>A numeric chat id or a public "@channelusername"; serialised as a JSON number or string.</summary>
[JsonConverter(typeof(ChatIdConverter))]
public readonly record struct ChatId
{
    public ChatId(long id)
    {
        Id = id;
    }

    public ChatId(string username)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        Username = username.StartsWith('@') ? username : "@" + username;
    }

    public long? Id { get; }

    public string? Username { get; }

    public static implicit operator ChatId(long id) => new(id);

    /// <summary>Parses a stored external id: a (possibly negative) integer or "@username".</summary>
    public static ChatId Parse(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id) ? new ChatId(id) : new ChatId(value);

    public static ChatId FromInt64(long id) => new(id);

    public override string ToString() => Id?.ToString(CultureInfo.InvariantCulture) ?? Username ?? "";
}
