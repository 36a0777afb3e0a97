using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Discord.Models;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Renders an alert as embeds within Discord's limits (title 256, description 4096, 25 fields of ≤ 1024,
/// footer 2048, 6000 per message). What does not fit goes into follow-on messages, one embed each.
/// </summary>
public static class DiscordAlertRenderer
{
    private const int MaxEmbedsPerMessage = 10;

    public static IReadOnlyList<Embed> Render(Alert alert)
    {
        var title = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(AlertText.Headline(alert)), Embed.TitleLimit);
        // The article title in bold above the summary: both are feed text, so both are escaped.
        var heading = alert.Title.Length > 0 ? $"**{DiscordMarkdown.Truncate(DiscordMarkdown.Escape(alert.Title), 300)}**\n\n" : "";
        var description = DiscordMarkdown.Truncate(heading + DiscordMarkdown.Escape(alert.Summary), Embed.DescriptionLimit);
        // Title 256 + description 4096 + footer 2048 could pass 6000 on their own: the footer gives way.
        var footerRoom = Math.Min(Embed.FooterLimit, Embed.TotalLimit - title.Length - description.Length);
        var footer = alert.Why.Length > 0 && footerRoom > 20
            ? new EmbedFooter(DiscordMarkdown.Truncate($"{Texts.WhyPrefix}: {alert.Why}", footerRoom))
            : null;
        var fields = FactFields(alert.Facts).Concat(SourceFields(alert.Sources)).ToList();
        var color = DiscordColors.For(alert.Type);
        var url = alert.Sources.Select(s => s.Url).FirstOrDefault(IsHttpUrl);

        var embeds = new List<Embed>();
        var first = new Embed
        {
            Title = title,
            Url = url,
            Description = description.Length > 0 ? description : null,
            Footer = footer,
            Timestamp = alert.PublishedAt,
            Color = color,
        };
        var current = first;
        var currentFields = new List<EmbedField>();
        foreach (var field in fields)
        {
            var next = current with { Fields = [.. currentFields, field] };
            if (currentFields.Count < Embed.FieldCountLimit && next.TextLength <= Embed.TotalLimit)
            {
                currentFields.Add(field);
                continue;
            }

            embeds.Add(current with { Fields = currentFields.Count > 0 ? currentFields : null });
            current = new Embed { Title = DiscordMarkdown.Truncate(title + " (lanjutan)", Embed.TitleLimit), Color = color, Url = null };
            currentFields = [field];
        }

        embeds.Add(current with { Fields = currentFields.Count > 0 ? currentFields : null });
        return embeds;
    }

    /// <summary>
    /// A digest: the heading as message text, then one compact embed per alert (headline linking to the first
    /// source, title, gist, outlet), packed into messages of at most 10 embeds and 6000 characters.
    /// </summary>
    public static IReadOnlyList<MessagePayload> RenderDigest(AlertDigest digest)
    {
        var heading = "🗞 **" + DiscordMarkdown.Escape(AlertText.DigestHeading(digest)) + "**";
        var messages = new List<MessagePayload>();
        var embeds = new List<Embed>();
        foreach (var embed in digest.Alerts.Select(DigestEmbed))
        {
            if (embeds.Count == MaxEmbedsPerMessage || embeds.Sum(e => e.TextLength) + embed.TextLength > Embed.TotalLimit)
            {
                messages.Add(new MessagePayload { Content = messages.Count == 0 ? heading : null, Embeds = embeds });
                embeds = [];
            }

            embeds.Add(embed);
        }

        messages.Add(new MessagePayload { Content = messages.Count == 0 ? heading : null, Embeds = embeds });
        return messages;
    }

    private static Embed DigestEmbed(Alert alert)
    {
        var source = alert.Sources.FirstOrDefault(s => IsHttpUrl(s.Url));
        var lines = new List<string> { $"**{DiscordMarkdown.Truncate(DiscordMarkdown.Escape(alert.Title), 300)}**" };
        if (AlertText.Gist(alert) is { Length: > 0 } gist)
        {
            lines.Add(DiscordMarkdown.Escape(gist));
        }

        if (source is not null)
        {
            lines.Add($"{Texts.SourceField}: {DiscordMarkdown.Truncate(DiscordMarkdown.Escape(source.Outlet), 100)}");
        }

        if (AlsoReported.Outlets(alert) is { Count: > 0 } also)
        {
            lines.Add($"{AlsoReported.Label}: " + string.Join(", ", also.Select(o => MaskedLink(DiscordMarkdown.Truncate(DiscordMarkdown.Escape(o.Outlet), 100), o.Url))));
        }

        if (AlertText.WhyLine(alert) is { Length: > 0 } why)
        {
            lines.Add($"*{DiscordMarkdown.Escape(why)}*");
        }

        return new Embed
        {
            Title = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(AlertText.Headline(alert)), Embed.TitleLimit),
            Url = source?.Url,
            Description = DiscordMarkdown.Truncate(string.Join("\n", lines), 1000),
            Timestamp = alert.PublishedAt,
            Color = DiscordColors.For(alert.Type),
        };
    }

    private static IEnumerable<EmbedField> FactFields(IncidentFacts facts)
    {
        if (facts.Status != IncidentStatus.Unknown)
        {
            yield return new EmbedField(Texts.StatusField, Texts.StatusLabel(facts.Status), Inline: true);
        }

        if (facts.Records is { } records)
        {
            yield return new EmbedField(Texts.RecordsField, Texts.FormatCount(records, facts.RecordsQualifier), Inline: true);
        }

        if (facts.DataTypes.Count > 0)
        {
            var types = DiscordMarkdown.Escape(string.Join(", ", facts.DataTypes));
            yield return new EmbedField(Texts.DataTypesField, DiscordMarkdown.Truncate(types, Embed.FieldValueLimit));
        }

        if (facts.Actor is { Length: > 0 } actor)
        {
            yield return new EmbedField(Texts.ActorField, DiscordMarkdown.Truncate(DiscordMarkdown.Escape(actor), Embed.FieldValueLimit), Inline: true);
        }
    }

    /// <summary>One "Sumber" field per group of source lines that fits in 1024 characters.</summary>
    private static IEnumerable<EmbedField> SourceFields(IReadOnlyList<AlertSource> sources)
    {
        var lines = sources.Select(SourceLine).ToList();
        var value = "";
        var name = Texts.SourceField;
        foreach (var line in lines)
        {
            var candidate = value.Length == 0 ? line : value + "\n" + line;
            if (candidate.Length <= Embed.FieldValueLimit)
            {
                value = candidate;
                continue;
            }

            if (value.Length > 0)
            {
                yield return new EmbedField(name, value);
                name = $"{Texts.SourceField} (lanjutan)";
            }

            value = DiscordMarkdown.Truncate(line, Embed.FieldValueLimit);
        }

        if (value.Length > 0)
        {
            yield return new EmbedField(name, value);
        }
    }

    private static string SourceLine(AlertSource source) =>
        MaskedLink(DiscordMarkdown.Truncate(DiscordMarkdown.Escape($"{source.Outlet} — {source.Title}"), 400), source.Url);

    /// <summary>An escaped label linked to <paramref name="url"/>; the bare label when the URL is not http(s) or too long.</summary>
    private static string MaskedLink(string label, string? url)
    {
        if (url is null || !IsHttpUrl(url) || url.Length > 512)
        {
            return label;
        }

        // Parentheses and spaces in the URL would end the link early.
        var safe = url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
        return $"[{label}]({safe})";
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
