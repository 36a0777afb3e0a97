using System.ComponentModel.DataAnnotations;

namespace NewsBot.Chat;

/// <summary>How the chat side answers commands.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    /// <summary>Commands one user may send at once before the per-user pace applies.</summary>
    [Range(1, 1000)]
    public int CommandBurst { get; init; } = 5;

    /// <summary>After the burst, one more command per this interval; commands beyond it are answered with when to try again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan CommandInterval { get; init; } = TimeSpan.FromSeconds(3);
}
