namespace NewsBot.Tests.Discord.Fakes;

public sealed class FakeChannel(string id, string guildId)
{
    public string Id { get; } = id;

    public string GuildId { get; } = guildId;

    /// <summary>When true, posting answers 403 / 50013 Missing Permissions.</summary>
    public bool Forbidden { get; set; }
}
