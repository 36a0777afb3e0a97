namespace NewsBot.Telegram.Models;

/// <summary>A formatting or command entity; <see cref="Offset"/> and <see cref="Length"/> are UTF-16 code units.</summary>
public sealed record MessageEntity
{
    public required string Type { get; init; }

    public int Offset { get; init; }

    public int Length { get; init; }
}
