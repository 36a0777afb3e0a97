using System.Globalization;
using System.Text;
using NewsBot.Alerts;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Alerts and command replies as Telegram HTML. Everything from feeds and users goes through
/// <see cref="TelegramHtmlBuilder"/> (escaped, only whitelisted tags) after control and bidi-override
/// characters are removed; links become buttons; listings get paging buttons.
/// </summary>
public static class TelegramRenderer
{
    private const int MaxSourceButtons = 3;
    private const int MaxButtonLabel = 40;

    public static TelegramMessage RenderAlert(Alert alert)
    {
        var html = new TelegramHtmlBuilder()
            .Text("🔔 ").Bold(Clean(AlertText.Headline(alert))).Line()
            .Italic(Texts.FormatDateTime(alert.PublishedAt, alert.Zone)).Line()
            .Line();
        if (alert.Summary.Length > 0)
        {
            html.Line(Clean(alert.Summary)).Line();
        }

        string facts = AlertText.FactsLine(alert);
        if (facts.Length > 0)
        {
            html.Line(Clean(facts)).Line();
        }

        foreach (AlertSource source in alert.Sources)
        {
            html.Text("Sumber: ").Text(Clean(source.Outlet) + " — ").Link(source.Url, Clean(source.Title)).Line();
        }

        if (alert.Why.Length > 0)
        {
            html.Line().Italic($"{Texts.WhyPrefix}: {Clean(alert.Why)}");
        }

        var buttons = alert.Sources
            .Where(s => TelegramHtmlBuilder.IsWebUrl(s.Url))
            .Take(MaxSourceButtons)
            .Select(s => (IReadOnlyList<InlineKeyboardButton>)[InlineKeyboardButton.WithUrl(Shorten($"{Texts.ReadAt}: " + Clean(s.Outlet)), s.Url)])
            .ToList();
        return new TelegramMessage(html.Build(), buttons.Count > 0 ? new InlineKeyboardMarkup(buttons) : null);
    }

    /// <summary>A digest: a heading, then per alert its headline, time, linked title with outlet, and gist.</summary>
    public static TelegramMessage RenderDigest(AlertDigest digest)
    {
        var html = new TelegramHtmlBuilder().Text("🗞 ").Bold(Clean(AlertText.DigestHeading(digest))).Line();
        var number = 0;
        foreach (Alert alert in digest.Alerts)
        {
            html.Line().Bold($"{++number}. {Clean(AlertText.Headline(alert))}").Line()
                .Italic(Texts.FormatDateTime(alert.PublishedAt, alert.Zone)).Line();
            if (alert.Sources.FirstOrDefault(s => TelegramHtmlBuilder.IsWebUrl(s.Url)) is { } source)
            {
                html.Link(source.Url, Clean(alert.Title)).Text($" — {Clean(source.Outlet)}").Line();
            }
            else
            {
                html.Line(Clean(alert.Title));
            }

            if (AlertText.Gist(alert) is { Length: > 0 } gist)
            {
                html.Line(Clean(gist));
            }

            AlsoReportedLine(html, AlsoReported.Outlets(alert));

            if (AlertText.WhyLine(alert) is { Length: > 0 } why)
            {
                html.Italic(Clean(why)).Line();
            }
        }

        return new TelegramMessage(html.Build(), null);
    }

    /// <summary>"Juga diberitakan: Kompas, Detik" with each outlet linked to its report.</summary>
    private static void AlsoReportedLine(TelegramHtmlBuilder html, IReadOnlyList<AlsoReportedOutlet> outlets)
    {
        if (outlets.Count == 0)
        {
            return;
        }

        html.Text(AlsoReported.Label + ": ");
        for (var i = 0; i < outlets.Count; i++)
        {
            html.Link(outlets[i].Url ?? "", Clean(outlets[i].Outlet)).Text(i < outlets.Count - 1 ? ", " : "");
        }

        html.Line();
    }

    public static TelegramMessage RenderReply(Reply reply)
    {
        IReadOnlyList<string> parts = new TelegramHtmlBuilder().Text(Clean(reply.Text)).Build();
        var rows = reply.Links
            .Where(l => TelegramHtmlBuilder.IsWebUrl(l.Url))
            .Select(l => (IReadOnlyList<InlineKeyboardButton>)[InlineKeyboardButton.WithUrl(Shorten(Clean(l.Label)), l.Url)])
            .ToList();
        // A suggested command travels like a paging button (page 1), so the same callback path runs it.
        var choices = reply.Choices
            .Select(c => PagingData.Encode(c.Command, c.Argument, 1) is { } data ? InlineKeyboardButton.WithCallbackData(Shorten(Clean(c.Label)), data) : null)
            .OfType<InlineKeyboardButton>()
            .ToList();
        if (choices.Count > 0)
        {
            rows.Add(choices);
        }

        if (reply.Page is { Count: > 1 } page && PagingRow(page) is { Count: > 0 } paging)
        {
            rows.Add(paging);
        }

        return new TelegramMessage(parts, rows.Count > 0 ? new InlineKeyboardMarkup(rows) : null);
    }

    private static List<InlineKeyboardButton> PagingRow(ReplyPage page)
    {
        var row = new List<InlineKeyboardButton>();
        if (page.Number > 1 && PagingData.Encode(page.Command, page.Argument, page.Number - 1) is { } previous)
        {
            row.Add(InlineKeyboardButton.WithCallbackData(Texts.PreviousPage, previous));
        }

        if (page.Number < page.Count && PagingData.Encode(page.Command, page.Argument, page.Number + 1) is { } next)
        {
            row.Add(InlineKeyboardButton.WithCallbackData(Texts.NextPage, next));
        }

        return row;
    }

    /// <summary>Removes control characters (except line breaks and tabs) and bidi overrides/isolates.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(IsUnwanted))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsUnwanted(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsUnwanted(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t')) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Shorten(string label)
    {
        if (label.Length <= MaxButtonLabel)
        {
            return label;
        }

        var info = new StringInfo(label);
        return info.LengthInTextElements <= MaxButtonLabel - 1 ? label : info.SubstringByTextElements(0, MaxButtonLabel - 1).TrimEnd() + "…";
    }
}
