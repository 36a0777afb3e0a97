namespace NewsBot.Discord.Models;

/// <summary>
/// Makes a message a reply to <see cref="MessageId"/>. <see cref="FailIfNotExists"/> false sends it as a normal
/// message when the original was deleted.
/// </summary>
public sealed record MessageReference(string MessageId)
{
    public bool FailIfNotExists { get; init; }
}
