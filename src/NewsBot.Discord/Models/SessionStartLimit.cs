namespace NewsBot.Discord.Models;

public sealed record SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; }
}
