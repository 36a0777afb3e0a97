using NewsBot.Delivery;
using NewsBot.Incidents;

namespace NewsBot.Chat.Subscriptions;

/// <summary>/ikuti, /berhenti and /langganan: change and show a chat's <see cref="SubscriptionRules"/>.</summary>
public sealed class SubscriptionCommands(SubscriptionStore subscriptions, ChatStore chats, CompanyDirectory companies, RecentIncidents recent)
{
    private const int RecentCount = 3;
    private const int SuggestionCount = 3;

    public async Task<Reply> FollowAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return Reply.Plain(SubscriptionTexts.Usage);
        }

        var find = await companies.FinderAsync(command.Chat, cancellationToken);
        var parsed = SubscribeArguments.Parse(argument, find);
        if (!parsed.All && parsed.Companies.Count == 0 && parsed.Unknown.Count == 0)
        {
            return Reply.Plain(SubscriptionTexts.Usage);
        }

        var lines = new List<string>();
        if (parsed.All)
        {
            await subscriptions.FollowAsync(command.Chat, command.ChatTitle, SubscriptionRules.AllKey, parsed.Types, cancellationToken);
            lines.Add(SubscriptionTexts.FollowedAll(parsed.Types));
        }
        else if (parsed.Companies.Count > 0)
        {
            foreach (var company in parsed.Companies)
            {
                await subscriptions.FollowAsync(command.Chat, command.ChatTitle, company.Slug, parsed.Types, cancellationToken);
            }

            lines.Add(SubscriptionTexts.Followed(parsed.Companies.Select(c => c.Name), parsed.Types));
        }

        lines.AddRange(parsed.Unknown.Select(name => Unknown(name, "ikuti")));
        if (parsed.All || parsed.Companies.Count > 0)
        {
            // No silence after subscribing: what the chat would have received lately, in one compact block.
            lines.Add("");
            lines.Add(await RecentAsync(command.Chat, cancellationToken));
        }

        var choices = parsed.Unknown.SelectMany(name => companies.Suggest(name, SuggestionCount))
            .DistinctBy(c => c.Slug)
            .Select(c => new ReplyChoice(c.Name, "ikuti", c.Slug));
        return Reply.Plain(string.Join("\n", lines)) with { Choices = [.. choices] };
    }

    public async Task<Reply> StopAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return Reply.Plain(SubscriptionTexts.StopUsage);
        }

        var find = await companies.FinderAsync(command.Chat, cancellationToken);
        var parsed = SubscribeArguments.Parse(argument, find);
        if (parsed.Types.Count > 0)
        {
            return await StopTypesAsync(command, parsed, cancellationToken);
        }

        if (parsed.All)
        {
            await subscriptions.StopAsync(command.Chat, SubscriptionRules.AllKey, cancellationToken);
            return Reply.Plain(SubscriptionTexts.StoppedAll);
        }

        var rules = await subscriptions.RulesAsync(command.Chat, cancellationToken);
        var lines = new List<string>();
        var stopped = new List<string>();
        foreach (var company in parsed.Companies)
        {
            if (!rules.Companies.ContainsKey(company.Slug) && (!rules.FollowsAll || rules.Excluded.Contains(company.Slug)))
            {
                lines.Add(SubscriptionTexts.NotFollowed(company.Name));
                continue;
            }

            await subscriptions.StopAsync(command.Chat, company.Slug, cancellationToken);
            stopped.Add(company.Name);
        }

        if (stopped.Count > 0)
        {
            lines.Insert(0, SubscriptionTexts.Stopped(stopped, rules.FollowsAll));
        }

        lines.AddRange(parsed.Unknown.Select(name => Unknown(name, "berhenti")));
        return Reply.Plain(string.Join("\n", lines));
    }

    /// <summary>
    /// "/berhenti tokopedia kebocoran": only those types stop, for those companies ("semua" or no company: for everything
    /// the chat follows). The answer ends with the rules as /langganan shows them.
    /// </summary>
    private async Task<Reply> StopTypesAsync(ChatCommand command, SubscribeArguments parsed, CancellationToken cancellationToken)
    {
        var rules = await subscriptions.RulesAsync(command.Chat, cancellationToken);
        if (rules.IsEmpty)
        {
            return Reply.Plain(Texts.NoSubscriptions);
        }

        var name = await companies.NamerAsync(command.Chat, cancellationToken);
        var everything = parsed.All || (parsed.Companies.Count == 0 && parsed.Unknown.Count == 0);
        var receiving = parsed.Companies.Where(c => rules.TypesFor(c.Slug) is { } types && SubscriptionRules.Covers(types, parsed.Types)).ToList();
        var lines = new List<string>();
        if (everything || receiving.Count > 0)
        {
            var after = rules.WithoutTypes(everything ? null : [.. receiving.Select(c => c.Slug)], parsed.Types);
            await subscriptions.SaveAsync(command.Chat, after, cancellationToken);
            lines.Add(SubscriptionTexts.StoppedTypes(everything ? null : receiving.Select(c => c.Name), parsed.Types));
            lines.Add(SubscriptionTexts.RulesNow + "\n" + SubscriptionTexts.Rules(after, name));
        }

        lines.InsertRange(0, parsed.Companies.Except(receiving).Select(c => SubscriptionTexts.NotReceiving(c.Name, parsed.Types)));
        lines.AddRange(parsed.Unknown.Select(unknown => Unknown(unknown, "berhenti")));
        return Reply.Plain(string.Join("\n", lines));
    }

    public async Task<Reply> ListAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var rules = await subscriptions.RulesAsync(command.Chat, cancellationToken);
        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        var name = await companies.NamerAsync(command.Chat, cancellationToken);
        var scheduleLines = Texts.ScheduleSummary(schedule);
        var lines = new List<string> { SubscriptionTexts.Rules(rules, name), $"Zona waktu: {schedule.Zone.Name} ({schedule.Zone.IanaId})." };
        lines.Add(scheduleLines.Length > 0 ? scheduleLines : Texts.NoSchedule);
        return Reply.Plain(string.Join("\n", lines));
    }

    private async Task<string> RecentAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var rules = await subscriptions.RulesAsync(chat, cancellationToken);
        var zone = (await chats.ScheduleAsync(chat, cancellationToken)).Zone;
        IReadOnlyList<string>? slugs = rules.FollowsAll ? null : [.. rules.Companies.Keys];
        var latest = await recent.LatestAsync(slugs, 200, cancellationToken);
        return SubscriptionTexts.Recent([.. latest.Where(i => rules.Receives(i.Slugs, i.Type)).Take(RecentCount)], zone);
    }

    private string Unknown(string name, string command) =>
        SubscriptionTexts.Unknown(name, [.. companies.Suggest(name, SuggestionCount).Select(c => c.Name)], command);
}
