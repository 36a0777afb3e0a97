namespace NewsBot.Telegram.Html;

/// <summary>A run of plain text, optionally wrapped in one whitelisted tag (<paramref name="Href"/> for links).</summary>
internal sealed record HtmlSegment(string? Tag, string Text, string? Href = null)
{
    public string Render(string text) => Tag switch
    {
        null => TelegramHtml.Escape(text),
        "a" => $"<a href=\"{TelegramHtml.EscapeAttribute(Href!)}\">{TelegramHtml.Escape(text)}</a>",
        _ => $"<{Tag}>{TelegramHtml.Escape(text)}</{Tag}>",
    };
}
