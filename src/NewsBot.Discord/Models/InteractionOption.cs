using System.Text.Json;

namespace NewsBot.Discord.Models;

public sealed record InteractionOption
{
    public string Name { get; init; } = "";

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public bool? Focused { get; init; }

    /// <summary>The value as text whatever its JSON type (autocomplete values are unvalidated).</summary>
    public string ValueText => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { } v => v.GetRawText(),
        null => "",
    };
}
