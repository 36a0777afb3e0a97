namespace NewsBot.Discord.Models;

public sealed record Embed
{
    public const int TitleLimit = 256;
    public const int DescriptionLimit = 4096;
    public const int FieldCountLimit = 25;
    public const int FieldNameLimit = 256;
    public const int FieldValueLimit = 1024;
    public const int FooterLimit = 2048;
    public const int TotalLimit = 6000;

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public int? Color { get; init; }

    public EmbedFooter? Footer { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>Characters counted against the 6000 limit per message.</summary>
    public int TextLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
