using System.Globalization;
using System.Text;
using NewsBot.Alerts;
using NewsBot.History;

namespace NewsBot.Chat.History;

/// <summary>Turns history and search results into platform-neutral replies; dates in the chat's zone.</summary>
public static class HistoryReplies
{
    private const int MaxLinkButtons = 5;

    /// <summary>A listing of incidents; <paramref name="companyName"/> is shown per entry when the list mixes companies.</summary>
    public static Reply Listing(string header, IReadOnlyList<IncidentListing> incidents, Func<string, string>? companyName, ChatZone zone, ReplyPage? page)
    {
        var text = new StringBuilder(header).AppendLine();
        var links = new List<ReplyLink>();
        foreach (var incident in incidents)
        {
            var company = companyName is null ? "" : companyName(incident.CompanySlug) + ": ";
            var outlets = string.Join(", ", incident.Articles.Where(a => !a.Joined).Select(a => a.Outlet).Distinct());
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"• #{incident.Id} {Texts.FormatDate(incident.FirstReportedAt, zone)} — {company}{Texts.IncidentTypeLabel(incident.Type)} ({Texts.StatusLabel(incident.Status)})")
                .AppendLine(CultureInfo.InvariantCulture, $"  {incident.Title}");
            if (outlets.Length > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Texts.SourceField}: {outlets}");
            }

            if (AlsoReportedLine(incident) is { Length: > 0 } also)
            {
                text.AppendLine("  " + also);
            }

            if (incident.Articles.FirstOrDefault(a => a.Url is { Length: > 0 }) is { } first)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {first.Url}");
                links.Add(new ReplyLink($"{first.Outlet}: {Shorten(incident.Title, 40)}", first.Url!));
            }
        }

        text.AppendLine().Append(HistoryTexts.DetailHint);
        return new Reply(text.ToString(), links, page);
    }

    /// <summary>One incident with its facts and every article that reported it, oldest first.</summary>
    public static Reply Detail(IncidentDetail detail, Func<string, string> companyName, ChatZone zone)
    {
        var incident = detail.Incident;
        var text = new StringBuilder()
            .AppendLine(HistoryTexts.DetailHeader(incident.Id, companyName(incident.CompanySlug), Texts.IncidentTypeLabel(incident.Type)))
            .AppendLine(incident.Title)
            .AppendLine(CultureInfo.InvariantCulture, $"{Texts.StatusField}: {Texts.StatusLabel(incident.Status)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{HistoryTexts.FirstReportedField}: {Texts.FormatDateTime(incident.FirstReportedAt, zone)}");
        if (detail.Records is { } records)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Texts.RecordsField}: {Texts.FormatCount(records)}");
        }

        if (detail.DataTypes.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Texts.DataTypesField}: {string.Join(", ", detail.DataTypes)}");
        }

        if (detail.Actor is { Length: > 0 } actor)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Texts.ActorField}: {actor}");
        }

        if (detail.CompanySlugs.Count > 1)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{HistoryTexts.CompaniesField}: {string.Join(", ", detail.CompanySlugs.Select(companyName))}");
        }

        if (detail.Summary.Length > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{HistoryTexts.SummaryField}: {detail.Summary}");
        }

        if (AlsoReportedLine(incident) is { Length: > 0 } also)
        {
            text.AppendLine().AppendLine(also);
        }

        // Every reporting article is listed; those that joined without an alert are also named above ("Juga diberitakan").
        var articles = incident.Articles;
        text.AppendLine().AppendLine(HistoryTexts.ReportedBy(articles.Select(a => a.Outlet).Distinct().Count(), articles.Count));
        var links = new List<ReplyLink>();
        foreach (var (article, index) in articles.Select((a, i) => (a, i)))
        {
            var first = index == 0 ? $" ({HistoryTexts.FirstReport})" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"{index + 1}. {Texts.FormatDate(article.PublishedAt, zone)} — {article.Outlet}{first}: {article.Title}");
            if (article.Url is { Length: > 0 } url)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   {url}");
                if (links.Count < MaxLinkButtons)
                {
                    links.Add(new ReplyLink($"{Texts.ReadAt} di {article.Outlet}", url));
                }
            }
        }

        return new Reply(text.ToString().TrimEnd(), links);
    }

    /// <summary>One page of search hits: date, company, outlet, title and link each.</summary>
    public static Reply Search(string header, IReadOnlyList<SearchHit> hits, int firstNumber, Func<string, string> companyName, ChatZone zone, ReplyPage? page)
    {
        var text = new StringBuilder(header).AppendLine();
        var links = new List<ReplyLink>();
        foreach (var (hit, index) in hits.Select((h, i) => (h, i)))
        {
            var company = hit.CompanySlug is { } slug ? companyName(slug) : HistoryTexts.NoCompany;
            var incident = hit.IncidentId is { } id ? $" (insiden #{id})" : "";
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{firstNumber + index}. {Texts.FormatDate(hit.PublishedAt, zone)} — {company} — {hit.Outlet}{incident}")
                .AppendLine(CultureInfo.InvariantCulture, $"   {hit.Title}");
            if (hit.Url is { Length: > 0 } url)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   {url}");
                links.Add(new ReplyLink($"{hit.Outlet}: {Shorten(hit.Title, 40)}", url));
            }
        }

        return new Reply(text.ToString().TrimEnd(), links, page);
    }

    /// <summary>"Juga diberitakan: Kompas, Detik": outlets whose reports joined without an alert and are not a source already.</summary>
    private static string AlsoReportedLine(IncidentListing incident) => AlsoReported.Plain(AlsoReported.Outlets(
        incident.Articles.Where(a => a.Joined).Select(a => new AlsoReportedOutlet(a.Outlet, a.Url)),
        incident.Articles.Where(a => !a.Joined).Select(a => a.Outlet)));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
