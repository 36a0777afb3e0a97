namespace NewsBot.Discord.Models;

/// <summary>Body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record InteractionResponse(int Type, object? Data = null)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;

    public static InteractionResponse Message(MessagePayload message) => new(ChannelMessage, message);

    public static InteractionResponse Update(MessagePayload message) => new(UpdateMessage, message);

    public static InteractionResponse Defer(bool ephemeral) =>
        new(DeferredChannelMessage, new MessagePayload { Flags = ephemeral ? MessagePayload.Ephemeral : null });

    public static InteractionResponse Autocomplete(IReadOnlyList<CommandChoice> choices) =>
        new(AutocompleteResult, new AutocompleteData(choices));
}
