namespace NewsBot.Discord.Models;

public sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }
}
