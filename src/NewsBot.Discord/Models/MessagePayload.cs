namespace NewsBot.Discord.Models;

/// <summary>
/// Body of create/edit message, interaction replies and webhook follow-ups.
/// <see cref="AllowedMentions"/> is fixed to <c>{"parse":[]}</c> so feed text can never ping anyone.
/// </summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public int? Flags { get; init; }

    /// <summary>Idempotency key (≤ 25 characters), honoured with <see cref="EnforceNonce"/>.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    /// <summary>The message this one replies to (a follow-up to its original alert).</summary>
    public MessageReference? MessageReference { get; init; }

#pragma warning disable CA1822 // Serialized: a get-only instance property is what makes it impossible to leave out.
    public AllowedMentions AllowedMentions => AllowedMentions.None;
#pragma warning restore CA1822

    public const int Ephemeral = 1 << 6;
}
