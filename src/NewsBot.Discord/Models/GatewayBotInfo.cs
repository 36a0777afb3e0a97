namespace NewsBot.Discord.Models;

public sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";

    public int Shards { get; init; }

    public SessionStartLimit? SessionStartLimit { get; init; }
}
