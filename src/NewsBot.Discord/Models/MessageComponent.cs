namespace NewsBot.Discord.Models;

/// <summary>An action row (type 1) holding buttons (type 2).</summary>
public sealed record MessageComponent
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int SecondaryStyle = 2;
    public const int LinkStyle = 5;

    public int Type { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public static MessageComponent Row(params IReadOnlyList<MessageComponent> buttons) =>
        new() { Type = ActionRowType, Components = buttons };

    public static MessageComponent Button(string label, string customId, bool disabled = false) =>
        new() { Type = ButtonType, Style = SecondaryStyle, Label = label, CustomId = customId, Disabled = disabled };

    public static MessageComponent Link(string label, string url) =>
        new() { Type = ButtonType, Style = LinkStyle, Label = label, Url = url };
}
