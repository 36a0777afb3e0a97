using System.ComponentModel.DataAnnotations;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Section <c>Discord</c> (environment: <c>NewsBot__Discord__BotToken</c>, ...). Discord is enabled only when
/// <see cref="BotToken"/> is set. Connection settings (shards, URLs) are read from the same section by
/// <see cref="NewsBot.Discord.DiscordClientOptions"/>.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>Bot token from the Developer Portal (Bot → Token).</summary>
    [Required]
    public string BotToken { get; init; } = "";

    /// <summary>Application id (General Information → Application ID), needed to register slash commands.</summary>
    [Required]
    [RegularExpression("^[0-9]{1,20}$")]
    public string ApplicationId { get; init; } = "";

    /// <summary>When set, commands are registered to this server only (instant updates, for testing).</summary>
    [RegularExpression("^[0-9]{1,20}$")]
    public string? TestGuildId { get; init; }

    /// <summary>Commands answered later than this are deferred ("thinking…") and edited when done; Discord allows 3 s.</summary>
    public TimeSpan QuickReplyBudget { get; init; } = TimeSpan.FromSeconds(1.5);
}
