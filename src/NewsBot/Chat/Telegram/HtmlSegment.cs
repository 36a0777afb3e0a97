using Telegram.Bot.Extensions;

namespace NewsBot.Chat.Telegram;

/// <summary>A run of plain text, optionally wrapped in one whitelisted tag (<paramref name="Href"/> for links).</summary>
internal sealed record HtmlSegment(string? Tag, string Text, string? Href = null)
{
    // HtmlText.Escape replaces & < > and " with the entities Telegram accepts, so it serves text and attributes alike.
    public string Render(string text) => Tag switch
    {
        null => HtmlText.Escape(text),
        "a" => $"<a href=\"{HtmlText.Escape(Href!)}\">{HtmlText.Escape(text)}</a>",
        _ => $"<{Tag}>{HtmlText.Escape(text)}</{Tag}>",
    };
}
