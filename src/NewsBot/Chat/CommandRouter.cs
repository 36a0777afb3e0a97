using System.Globalization;
using System.Text;
using NewsBot.Chat.Discovery;
using NewsBot.Chat.Subscriptions;
using NewsBot.Chat.Tracking;
using NewsBot.Companies;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Incidents;

namespace NewsBot.Chat;

/// <summary>Runs every chat command the same way on every platform and answers in Indonesian.</summary>
public sealed class CommandRouter(
    ChatStore chats,
    CompanyCatalog companies,
    IncidentStore incidents,
    FeedStore feeds,
    Dispatcher dispatcher,
    CommandThrottle throttle,
    SubscriptionCommands subscriptions,
    ScheduleCommands schedule,
    DiscoveryCommands discovery,
    TrackingCommands tracking,
    CompanyDirectory directory)
{
    private const int HistoryPageSize = 5;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var info = CommandCatalog.Find(command.Name);
        if (info is null)
        {
            return Reply.Plain(Texts.UnknownCommand);
        }

        if (throttle.Check(command.Chat.Platform, command.UserId) is { } wait)
        {
            return Reply.Plain(Texts.SlowDownFor(info.Name, wait));
        }

        if (info.ChangesSettings && !command.CanManage)
        {
            return Reply.Plain(Texts.NotAdmin);
        }

        var argument = ArgumentText.Clean(command.Argument);
        return info.Name switch
        {
            "mulai" => await StartAsync(command, cancellationToken),
            "bantuan" => Help(),
            "ikuti" => await subscriptions.FollowAsync(command, argument, cancellationToken),
            "berhenti" => await subscriptions.StopAsync(command, argument, cancellationToken),
            "langganan" => await subscriptions.ListAsync(command, cancellationToken),
            "insiden" => await IncidentsAsync(command, WithoutPage(argument, out var page), Math.Max(command.Page, page), cancellationToken),
            "status" => await StatusAsync(cancellationToken),
            "senyap" => await schedule.QuietHoursAsync(command, argument, cancellationToken),
            "ringkasan" => await schedule.DigestAsync(command, argument, cancellationToken),
            "zona" => await schedule.ZoneAsync(command, argument, cancellationToken),
            "perusahaan" => discovery.Companies(argument, command.Page),
            "sumber" => await discovery.SourcesAsync(command.Chat, cancellationToken),
            "lacak" => await tracking.HandleAsync(command, argument, cancellationToken),
            _ => Reply.Plain(Texts.UnknownCommand),
        };
    }

    private async Task<Reply> StartAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        await chats.EnsureChatAsync(command.Chat, command.ChatTitle, cancellationToken);
        return Reply.Plain(Texts.Welcome);
    }

    private static Reply Help()
    {
        var text = new StringBuilder(Texts.HelpHeader).AppendLine();
        foreach (var info in CommandCatalog.All)
        {
            var argument = info.Argument is null ? "" : $" <{info.Argument.Name}>";
            text.AppendLine(CultureInfo.InvariantCulture, $"/{info.Name}{argument} — {info.Description} (/{info.EnglishName})");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Jenis insiden untuk /ikuti: {SubscriptionTexts.TypeList}. Contoh: /ikuti tokopedia, bukalapak hanya kebocoran, peretasan.");
        return Reply.Plain(text.ToString().TrimEnd());
    }

    private async Task<Reply> IncidentsAsync(ChatCommand command, string argument, int page, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return Reply.Plain(Texts.IncidentsUsage);
        }

        if ((await directory.FinderAsync(command.Chat, cancellationToken))(argument) is not { } company)
        {
            return UnknownCompany(argument);
        }

        var (items, total) = await incidents.HistoryAsync(company.Slug, page, HistoryPageSize, cancellationToken);
        if (total == 0)
        {
            return Reply.Plain(Texts.NoIncidents(company.Name));
        }

        var pages = (total + HistoryPageSize - 1) / HistoryPageSize;
        var text = new StringBuilder(Texts.IncidentsHeader(company.Name, Math.Min(page, pages), pages)).AppendLine();
        var links = new List<ReplyLink>();
        foreach (var incident in items)
        {
            var outlets = string.Join(", ", incident.Sources.Select(s => s.Outlet).Distinct());
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"• {Texts.FormatDate(incident.FirstReportedAt)} — {Texts.IncidentTypeLabel(incident.Type)} ({Texts.StatusLabel(incident.Status)})")
                .AppendLine(CultureInfo.InvariantCulture, $"  {incident.Title}")
                .AppendLine(CultureInfo.InvariantCulture, $"  Sumber: {outlets}");
            foreach (var source in incident.Sources.Where(s => s.Url is { Length: > 0 }).Take(1))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {source.Url}");
                links.Add(new ReplyLink($"{source.Outlet}: {Shorten(incident.Title, 40)}", source.Url!));
            }
        }

        var pageInfo = pages > 1 ? new ReplyPage("insiden", company.Slug, Math.Min(page, pages), pages) : null;
        return new Reply(text.ToString().TrimEnd(), links, pageInfo);
    }

    private async Task<Reply> StatusAsync(CancellationToken cancellationToken)
    {
        var outbox = await dispatcher.SummarizeAsync(cancellationToken);
        return Reply.Plain(StatusText.Format(await feeds.AllAsync(cancellationToken), outbox));
    }

    private Reply UnknownCompany(string name) =>
        Reply.Plain(Texts.UnknownCompany(name, CompanySuggestions.Closest(companies.All, name, 3).Select(c => c.Name)));

    /// <summary>"/insiden tokopedia 2" asks for page 2 where a platform has no paging buttons.</summary>
    private static string WithoutPage(string argument, out int page)
    {
        var lastSpace = argument.LastIndexOf(' ');
        if (lastSpace > 0 && int.TryParse(argument[(lastSpace + 1)..], CultureInfo.InvariantCulture, out page) && page is > 0 and < 1000)
        {
            return argument[..lastSpace].TrimEnd();
        }

        page = 1;
        return argument;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
