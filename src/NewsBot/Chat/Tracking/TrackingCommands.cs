using System.Text;
using NewsBot.Analysis;
using NewsBot.Chat.Subscriptions;
using NewsBot.Companies;
using NewsBot.Incidents;

namespace NewsBot.Chat.Tracking;

/// <summary>
/// /lacak: a chat tracks a company the catalogue lacks ("/lacak Koperasi Sejahtera, KopSej"), lists its entries
/// ("/lacak") and removes one ("/lacak hapus KopSej"). The chat follows what it tracks; the next feed check looks for
/// it and stored articles are matched at once.
/// </summary>
public sealed class TrackingCommands(
    ChatStore chats, SubscriptionStore subscriptions, TrackedCompanyStore tracked, CompanySource source, CompanyCatalog catalog, TrackedBackfill backfill)
{
    private static readonly string[] RemoveWords = ["hapus", "remove", "berhenti", "stop"];

    public async Task<Reply> HandleAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return await ListAsync(command, cancellationToken);
        }

        var firstSpace = argument.IndexOf(' ');
        if (firstSpace > 0 && RemoveWords.Contains(argument[..firstSpace], StringComparer.OrdinalIgnoreCase))
        {
            return await RemoveAsync(command, argument[(firstSpace + 1)..].Trim(), cancellationToken);
        }

        return await AddAsync(command, argument, cancellationToken);
    }

    private async Task<Reply> ListAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var own = await tracked.ForChatAsync(command.Chat.Platform, command.Chat.ExternalId, cancellationToken);
        if (own.Count == 0)
        {
            return Reply.Plain(TrackingTexts.NoneYet);
        }

        var text = new StringBuilder(TrackingTexts.ListHeader);
        foreach (var company in own)
        {
            text.Append("\n• ").Append(company.Name);
            if (company.Aliases.Count > 0)
            {
                text.Append(" (").Append(string.Join(", ", company.Aliases)).Append(')');
            }
        }

        return Reply.Plain(text.Append('\n').Append(TrackingTexts.RemoveHint).ToString());
    }

    private async Task<Reply> AddAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        var names = argument.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return Reply.Plain(TrackingTexts.Usage);
        }

        foreach (var name in names)
        {
            if (TrackedNames.Refusal(name, catalog) is { } reason)
            {
                return Reply.Plain(reason);
            }
        }

        var company = new TrackedCompany(TrackedNames.Slug(names[0]), names[0], names[1..]);
        var chatId = await chats.EnsureChatAsync(command.Chat, command.ChatTitle, cancellationToken);
        await tracked.AddAsync(chatId, company, cancellationToken);
        await subscriptions.FollowAsync(command.Chat, command.ChatTitle, company.Slug, new HashSet<IncidentType>(), cancellationToken);

        // Stored articles are matched with the same analyzer the next feed check uses, so the subject rules are the same.
        var analyzer = await source.AnalyzerAsync(cancellationToken);
        var incidents = await backfill.LinkAsync(
            company.Slug,
            (title, text) => analyzer.Analyze(new ArticleInput("", title, text)).Subjects.Any(s => s.Slug == company.Slug),
            cancellationToken);
        return Reply.Plain(TrackingTexts.Added(company, incidents));
    }

    private async Task<Reply> RemoveAsync(ChatCommand command, string name, CancellationToken cancellationToken)
    {
        var own = await tracked.ForChatAsync(command.Chat.Platform, command.Chat.ExternalId, cancellationToken);
        var folded = FoldedText.FoldPattern(name);
        var entry = own.FirstOrDefault(t => new[] { t.Name }.Concat(t.Aliases).Any(a => FoldedText.FoldPattern(a) == folded));
        if (entry is null)
        {
            return Reply.Plain(TrackingTexts.NotTracked(name));
        }

        var chatId = await chats.EnsureChatAsync(command.Chat, command.ChatTitle, cancellationToken);
        await tracked.RemoveAsync(chatId, entry.Slug, cancellationToken);
        await subscriptions.StopAsync(command.Chat, entry.Slug, cancellationToken);
        return Reply.Plain(TrackingTexts.Removed(entry.Name));
    }
}
