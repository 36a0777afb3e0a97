using NewsBot.Alerts;
using NewsBot.Chat.Subscriptions;
using NewsBot.History;

namespace NewsBot.Chat.History;

/// <summary><c>/insiden</c>, <c>/terbaru</c> and <c>/cari</c>: what the bot has recorded, paged, dates in the chat's zone.</summary>
public sealed class HistoryCommands(HistoryStore history, ArticleSearch search, CompanyDirectory companies, ChatStore chats, TimeProvider clock)
{
    public const int PageSize = 5;
    public const int LatestDefault = 5;
    public const int LatestMax = 20;

    public async Task<Reply> IncidentsAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        var zone = await ZoneAsync(command, cancellationToken);
        var request = HistoryArguments.ParseIncidents(argument, command.Page, clock.GetUtcNow(), zone);
        if (request.IncidentId is { } id)
        {
            return await history.DetailAsync(id, cancellationToken) is { } detail
                ? HistoryReplies.Detail(detail, CompanyName, zone)
                : Reply.Plain(HistoryTexts.NoSuchIncident(id));
        }

        if (request.Company.Length == 0)
        {
            return Reply.Plain(HistoryTexts.IncidentsUsage);
        }

        if ((await companies.FinderAsync(command.Chat, cancellationToken))(request.Company) is not { } company)
        {
            return Reply.Plain(Texts.UnknownCompany(request.Company, companies.Suggest(request.Company, 3).Select(c => c.Name)));
        }

        var range = request.Period?.Range ?? TimeRange.All;
        var found = await history.CompanyAsync(company.Slug, range, request.Page, PageSize, cancellationToken);
        if (found.Total == 0)
        {
            return Reply.Plain(HistoryTexts.NoIncidents(company.Name, request.Period?.Label));
        }

        var argumentForPages = $"{company.Slug} {request.PeriodText}".TrimEnd();
        var pages = PageCount(found.Total);
        if (request.Page > pages)
        {
            return Reply.Plain(HistoryTexts.PagePastEnd(request.Page, pages, $"/insiden {argumentForPages} {pages}"));
        }

        var header = HistoryTexts.IncidentsHeader(company.Name, request.Period?.Label, request.Page, pages, found.Total);
        var page = pages > 1 ? new ReplyPage("insiden", argumentForPages, request.Page, pages) : null;
        return HistoryReplies.Listing(header, found.Items, companyName: null, zone, page);
    }

    public async Task<Reply> LatestAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        var count = LatestDefault;
        if (argument.Length > 0 && (!int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1))
        {
            return Reply.Plain(HistoryTexts.LatestUsage);
        }

        var incidents = await history.LatestAsync(Math.Min(count, LatestMax), cancellationToken);
        return incidents.Count == 0
            ? Reply.Plain(HistoryTexts.NoIncidentsAtAll)
            : HistoryReplies.Listing(HistoryTexts.LatestHeader(incidents.Count), incidents, CompanyName, await ZoneAsync(command, cancellationToken), page: null);
    }

    public async Task<Reply> SearchAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        var (query, pageNumber) = HistoryArguments.ParseSearch(argument, command.Page);
        if (query.Length == 0)
        {
            return Reply.Plain(HistoryTexts.SearchUsage);
        }

        if (FtsQuery.FromUserText(query) is null)
        {
            return Reply.Plain(HistoryTexts.NoSearchWords(query));
        }

        var results = await search.SearchAsync(query, pageNumber, PageSize, cancellationToken);
        if (results.Total == 0)
        {
            return Reply.Plain(HistoryTexts.NoSearchHits(query));
        }

        // The lone "halaman" tells the command that the page number follows, on every platform's paging.
        var argumentForPages = query + " halaman";
        var pages = PageCount(results.Total);
        if (pageNumber > pages)
        {
            return Reply.Plain(HistoryTexts.PagePastEnd(pageNumber, pages, $"/cari {argumentForPages} {pages}"));
        }

        var header = HistoryTexts.SearchHeader(query, pageNumber, pages, results.Total, results.Capped);
        var page = pages > 1 ? new ReplyPage("cari", argumentForPages, pageNumber, pages) : null;
        return HistoryReplies.Search(header, results.Hits, ((pageNumber - 1) * PageSize) + 1, CompanyName, await ZoneAsync(command, cancellationToken), page);
    }

    private static int PageCount(int total) => (total + PageSize - 1) / PageSize;

    private string CompanyName(string slug) => companies.Catalog.Get(slug)?.Name ?? slug;

    private async Task<ChatZone> ZoneAsync(ChatCommand command, CancellationToken cancellationToken) =>
        (await chats.ScheduleAsync(command.Chat, cancellationToken)).Zone;
}
