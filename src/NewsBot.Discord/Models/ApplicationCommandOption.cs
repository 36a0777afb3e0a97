namespace NewsBot.Discord.Models;

public sealed record ApplicationCommandOption
{
    public const int StringType = 3;

    public int Type { get; init; } = StringType;

    public required string Name { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public required string Description { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Fixed values the user picks from (at most 25); no autocomplete then.</summary>
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}
