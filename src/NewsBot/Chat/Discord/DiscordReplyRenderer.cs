using System.Globalization;
using NewsBot.Discord.Models;

namespace NewsBot.Chat.Discord;

/// <summary>A router <see cref="Reply"/> as a Discord message: escaped text, link buttons, paging buttons.</summary>
public static class DiscordReplyRenderer
{
    public const string PagePrefix = "page";
    private const int ContentLimit = 2000;
    private const int ButtonsPerRow = 5;
    private const int CustomIdLimit = 100;

    public static MessagePayload Render(Reply reply, bool ephemeral)
    {
        // An interaction must be answered: a throttled user (Reply.None) hears "slow down", privately.
        if (reply.IsNone)
        {
            return new MessagePayload { Content = DiscordMarkdown.Escape(Texts.SlowDown), Components = [], Flags = MessagePayload.Ephemeral };
        }

        var rows = new List<MessageComponent>();
        var links = reply.Links.Where(l => Uri.TryCreate(l.Url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" && l.Url.Length <= 512).ToList();
        foreach (var chunk in links.Chunk(ButtonsPerRow).Take(4))
        {
            rows.Add(MessageComponent.Row([.. chunk.Select(l => MessageComponent.Link(DiscordMarkdown.Truncate(l.Label, 80), l.Url))]));
        }

        // A suggested command travels like a paging button (page 1), so the same component path runs it.
        if (reply.Choices.Count > 0)
        {
            rows.Add(MessageComponent.Row([.. reply.Choices.Take(ButtonsPerRow)
                .Select(c => MessageComponent.Button(DiscordMarkdown.Truncate(c.Label, 80), PageId(new ReplyPage(c.Command, c.Argument, 1, 1), 1)))]));
        }

        if (reply.Page is { Count: > 1 } page)
        {
            rows.Add(MessageComponent.Row(
                MessageComponent.Button(Texts.PreviousPage, PageId(page, page.Number - 1), disabled: page.Number <= 1),
                MessageComponent.Button(Texts.NextPage, PageId(page, page.Number + 1), disabled: page.Number >= page.Count)));
        }

        return new MessagePayload
        {
            Content = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(reply.Text), ContentLimit),
            Components = rows,
            Flags = ephemeral ? MessagePayload.Ephemeral : null,
        };
    }

    /// <summary>"page|insiden|2|xiaomi": command, target page, argument (cut to fit 100 characters).</summary>
    public static string PageId(ReplyPage page, int number)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{PagePrefix}|{page.Command}|{number}|");
        var argument = page.Argument.Length > CustomIdLimit - head.Length ? page.Argument[..(CustomIdLimit - head.Length)] : page.Argument;
        return head + argument;
    }

    public static (string Command, int Number, string Argument)? ParsePageId(string? customId)
    {
        var parts = customId?.Split('|', 4);
        if (parts is not [PagePrefix, var command, var number, var argument]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return null;
        }

        return (command, page, argument);
    }
}
