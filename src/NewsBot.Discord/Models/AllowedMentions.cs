namespace NewsBot.Discord.Models;

/// <summary>Which mentions in a message may ping. NewsBot always sends an empty parse list.</summary>
public sealed record AllowedMentions
{
    public static readonly AllowedMentions None = new();

    public IReadOnlyList<string> Parse { get; init; } = [];
}
