using System.Globalization;
using System.Text;
using NewsBot.Chat.Discovery;
using NewsBot.Chat.History;
using NewsBot.Chat.Subscriptions;
using NewsBot.Chat.Tracking;
using NewsBot.Delivery;
using NewsBot.Feeds;

namespace NewsBot.Chat;

/// <summary>Runs every chat command the same way on every platform and answers in Indonesian.</summary>
public sealed class CommandRouter(
    ChatStore chats,
    FeedStore feeds,
    Dispatcher dispatcher,
    CommandThrottle throttle,
    SubscriptionCommands subscriptions,
    ScheduleCommands schedule,
    DiscoveryCommands discovery,
    TrackingCommands tracking,
    HistoryCommands history)
{

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
            "insiden" => await history.IncidentsAsync(command, argument, cancellationToken),
            "terbaru" => await history.LatestAsync(command, argument, cancellationToken),
            "cari" => await history.SearchAsync(command, argument, cancellationToken),
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
            var argument = (info.Argument is null ? "" : $" <{info.Argument.Name}>") + (info.Types is null ? "" : $" [{info.Types.Name}]");
            text.AppendLine(CultureInfo.InvariantCulture, $"/{info.Name}{argument} — {info.Description} (/{info.EnglishName})");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Jenis insiden untuk /ikuti: {SubscriptionTexts.TypeList}. Contoh: /ikuti tokopedia, bukalapak hanya kebocoran, peretasan; /berhenti gojek kebocoran.");
        return Reply.Plain(text.ToString().TrimEnd());
    }

    private async Task<Reply> StatusAsync(CancellationToken cancellationToken)
    {
        var outbox = await dispatcher.SummarizeAsync(cancellationToken);
        return Reply.Plain(StatusText.Format(await feeds.AllAsync(cancellationToken), outbox));
    }
}
