using System.Globalization;
using System.Text;
using NewsBot.Analysis;
using NewsBot.Companies;
using NewsBot.Feeds;

namespace NewsBot.Chat.Discovery;

/// <summary>/perusahaan (the tracked companies, paged and searchable) and /sumber (the outlets read and their health).</summary>
public sealed class DiscoveryCommands(CompanyCatalog catalog, FeedHealthQuery feeds, ChatStore chats)
{
    public const int PageSize = 15;
    private const int AliasesShown = 3;

    /// <summary>"/perusahaan", "/perusahaan 3", "/perusahaan bank", "/perusahaan bank 2".</summary>
    public Reply Companies(string argument, int buttonPage)
    {
        var query = argument;
        var page = buttonPage;
        var lastSpace = argument.LastIndexOf(' ');
        var tail = lastSpace < 0 ? argument : argument[(lastSpace + 1)..];
        if (int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var typed) && typed is > 0 and < 1000)
        {
            page = Math.Max(page, typed);
            query = lastSpace < 0 ? "" : argument[..lastSpace].TrimEnd();
        }

        var matches = query.Length == 0 ? catalog.All : Search(query);
        if (matches.Count == 0)
        {
            return Reply.Plain(DiscoveryTexts.NoCompanyMatch(query));
        }

        var pages = (matches.Count + PageSize - 1) / PageSize;
        if (page > pages)
        {
            return Reply.Plain(DiscoveryTexts.PastLastPage(page, pages));
        }

        var text = new StringBuilder(DiscoveryTexts.CompaniesHeader(query, matches.Count, page, pages));
        foreach (var company in matches.Skip((page - 1) * PageSize).Take(PageSize))
        {
            var aliases = company.Aliases.Concat(company.CapsAliases).Where(a => !a.Equals(company.Name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(AliasesShown).ToList();
            text.Append("\n• ").Append(company.Name);
            if (aliases.Count > 0)
            {
                text.Append(" (").Append(string.Join(", ", aliases)).Append(')');
            }
        }

        text.Append('\n').Append(DiscoveryTexts.CompaniesFooter);
        return new Reply(text.ToString(), [], pages > 1 ? new ReplyPage("perusahaan", query, page, pages) : null);
    }

    public async Task<Reply> SourcesAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var zone = (await chats.ScheduleAsync(chat, cancellationToken)).Zone;
        var all = await feeds.AllAsync(cancellationToken);
        if (all.Count == 0)
        {
            return Reply.Plain(DiscoveryTexts.NoSources);
        }

        var text = new StringBuilder(DiscoveryTexts.SourcesHeader(all.Count, all.Count(f => f.Failing), all.Count(f => f.Disabled)));
        foreach (var feed in all)
        {
            text.Append("\n• ").Append(DiscoveryTexts.SourceLine(feed, zone));
        }

        return Reply.Plain(text.ToString());
    }

    /// <summary>Names, aliases and products containing the words, then names close in spelling.</summary>
    private List<Company> Search(string query)
    {
        var folded = FoldedText.FoldPattern(query);
        var found = catalog.All
            .Where(c => CompanyCatalog.NamesOf(c).Concat(c.Products).Any(n => FoldedText.FoldPattern(n).Contains(folded, StringComparison.Ordinal)))
            .ToList();
        return found.Count > 0 ? found : [.. CompanySuggestions.Closest(catalog.All, query, PageSize)];
    }
}
