using System.Globalization;
using System.Text;
using NewsBot.Chat.History;
using NewsBot.Companies;
using NewsBot.Delivery;
using NewsBot.Feeds;

namespace NewsBot.Chat;

/// <summary>Runs every chat command the same way on every platform and answers in Indonesian.</summary>
public sealed class CommandRouter(ChatStore chats, CompanyCatalog companies, FeedStore feeds, Dispatcher dispatcher, CommandThrottle throttle, HistoryCommands history)
{
    private static readonly string[] AllWords = ["semua", "all", "*"];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var info = CommandCatalog.Find(command.Name);
        if (info is null)
        {
            return Reply.Plain(Texts.UnknownCommand);
        }

        var throttled = throttle.Check(command.Chat.Platform, command.UserId);
        if (throttled is not null)
        {
            return throttled;
        }

        if (info.ChangesSettings && !command.CanManage)
        {
            return Reply.Plain(Texts.NotAdmin);
        }

        var argument = CleanArgument(command.Argument);
        return info.Name switch
        {
            "mulai" => await StartAsync(command, cancellationToken),
            "bantuan" => Help(),
            "ikuti" => await SubscribeAsync(command, argument, cancellationToken),
            "berhenti" => await UnsubscribeAsync(command, argument, cancellationToken),
            "langganan" => await ListAsync(command, cancellationToken),
            "insiden" => await history.IncidentsAsync(command, argument, cancellationToken),
            "terbaru" => await history.LatestAsync(command, argument, cancellationToken),
            "cari" => await history.SearchAsync(command, argument, cancellationToken),
            "status" => await StatusAsync(cancellationToken),
            "senyap" => await QuietHoursAsync(command, argument, cancellationToken),
            "ringkasan" => await DigestAsync(command, argument, cancellationToken),
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

        return Reply.Plain(text.ToString().TrimEnd());
    }

    private async Task<Reply> SubscribeAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return Reply.Plain(Texts.SubscribeUsage);
        }

        if (IsAll(argument))
        {
            await chats.SubscribeAsync(command.Chat, command.ChatTitle, ChatStore.AllCompanies, cancellationToken);
            return Reply.Plain(Texts.SubscribedAll);
        }

        if (companies.Find(argument) is not { } company)
        {
            return UnknownCompany(argument);
        }

        var added = await chats.SubscribeAsync(command.Chat, command.ChatTitle, company.Slug, cancellationToken);
        return Reply.Plain(added ? Texts.Subscribed(company.Name) : Texts.AlreadySubscribed(company.Name));
    }

    private async Task<Reply> UnsubscribeAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return Reply.Plain(Texts.UnsubscribeUsage);
        }

        if (IsAll(argument))
        {
            await chats.UnsubscribeAsync(command.Chat, ChatStore.AllCompanies, cancellationToken);
            return Reply.Plain(Texts.UnsubscribedAll);
        }

        if (companies.Find(argument) is not { } company)
        {
            return UnknownCompany(argument);
        }

        var removed = await chats.UnsubscribeAsync(command.Chat, company.Slug, cancellationToken);
        return Reply.Plain(removed > 0 ? Texts.Unsubscribed(company.Name) : Texts.NotSubscribed(company.Name));
    }

    private async Task<Reply> ListAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var slugs = await chats.SubscriptionsAsync(command.Chat, cancellationToken);
        if (slugs.Count == 0)
        {
            return Reply.Plain(Texts.NoSubscriptions);
        }

        var names = slugs.Select(slug => slug == ChatStore.AllCompanies ? "semua perusahaan" : companies.Get(slug)?.Name ?? slug);
        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        var scheduleLines = Texts.ScheduleSummary(schedule);
        return Reply.Plain(Texts.SubscriptionList(names) + (scheduleLines.Length > 0 ? "\n" + scheduleLines : ""));
    }

    private async Task<Reply> QuietHoursAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return await ScheduleUsageAsync(command, Texts.QuietUsage, cancellationToken);
        }

        if (ClockTimes.IsOff(argument))
        {
            await chats.SetQuietHoursAsync(command.Chat, command.ChatTitle, null, null, cancellationToken);
            return Reply.Plain(Texts.QuietOff);
        }

        if (!ClockTimes.TryParseRange(argument, out var start, out var end))
        {
            return Reply.Plain(Texts.InvalidTime(argument) + " " + Texts.QuietUsage);
        }

        if (start == end)
        {
            return Reply.Plain(Texts.QuietSameTimes);
        }

        await chats.SetQuietHoursAsync(command.Chat, command.ChatTitle, start, end, cancellationToken);
        var digest = (await chats.ScheduleAsync(command.Chat, cancellationToken)).DigestAt;
        return Reply.Plain(Texts.QuietSet(start, end) + (digest is { } at ? "\n" + Texts.DigestStillOn(at) : ""));
    }

    private async Task<Reply> DigestAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return await ScheduleUsageAsync(command, Texts.DigestUsage, cancellationToken);
        }

        if (ClockTimes.IsOff(argument))
        {
            await chats.SetDigestAsync(command.Chat, command.ChatTitle, null, cancellationToken);
            return Reply.Plain(Texts.DigestOff);
        }

        if (!ClockTimes.TryParse(argument, out var at))
        {
            return Reply.Plain(Texts.InvalidTime(argument) + " " + Texts.DigestUsage);
        }

        await chats.SetDigestAsync(command.Chat, command.ChatTitle, at, cancellationToken);
        return Reply.Plain(Texts.DigestSet(at));
    }

    /// <summary>The chat's current schedule, then how to change it.</summary>
    private async Task<Reply> ScheduleUsageAsync(ChatCommand command, string usage, CancellationToken cancellationToken)
    {
        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        var current = Texts.ScheduleSummary(schedule);
        return Reply.Plain((current.Length > 0 ? current : Texts.NoSchedule) + "\n\n" + usage);
    }

    private async Task<Reply> StatusAsync(CancellationToken cancellationToken)
    {
        var outbox = await dispatcher.SummarizeAsync(cancellationToken);
        return Reply.Plain(StatusText.Format(await feeds.AllAsync(cancellationToken), outbox));
    }

    private Reply UnknownCompany(string name) =>
        Reply.Plain(Texts.UnknownCompany(name, companies.Search(name, 3).Select(c => c.Name)));

    private static bool IsAll(string argument) => AllWords.Contains(argument, StringComparer.OrdinalIgnoreCase);

    /// <summary>Drops control and bidi-override characters and bounds the length of what a user typed.</summary>
    private static string CleanArgument(string argument)
    {
        var clean = new string([.. argument.Where(ch => !char.IsControl(ch) && ch is not (>= '\u202A' and <= '\u202E') and not (>= '\u2066' and <= '\u2069'))]);
        return clean.Trim() is { Length: > 100 } long_ ? long_[..100] : clean.Trim();
    }
}
