namespace NewsBot.Chat;

/// <summary>/senyap, /ringkasan and /zona: when a chat wants its alerts, in its own time zone.</summary>
public sealed class ScheduleCommands(ChatStore chats)
{
    public async Task<Reply> QuietHoursAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return await UsageAsync(command, Texts.QuietUsage, cancellationToken);
        }

        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        if (ClockTimes.IsOff(argument))
        {
            await chats.SetQuietHoursAsync(command.Chat, command.ChatTitle, null, null, cancellationToken);
            return Reply.Plain(schedule.DigestAt is { } at ? Texts.QuietOff + "\n" + Texts.DigestStillOn(at, schedule.ZoneName) : Texts.QuietOff);
        }

        var range = ClockTimes.TakeZone(argument, out var zone);
        if (!ClockTimes.TryParseRange(range, out var start, out var end))
        {
            return Reply.Plain(Texts.InvalidTime(argument) + " " + Texts.QuietUsage);
        }

        if (start == end)
        {
            return Reply.Plain(Texts.QuietSameTimes);
        }

        zone ??= schedule.Zone;
        await chats.SetQuietHoursAsync(command.Chat, command.ChatTitle, start, end, zone, cancellationToken);
        var reply = Texts.QuietSet(start, end, zone.Name);
        if (zone != schedule.Zone)
        {
            reply += "\n" + ZoneTexts.Changed(zone);
        }

        return Reply.Plain(schedule.DigestAt is { } digest ? reply + "\n" + Texts.DigestStillOn(digest, zone.Name) : reply);
    }

    public async Task<Reply> DigestAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return await UsageAsync(command, Texts.DigestUsage, cancellationToken);
        }

        if (ClockTimes.IsOff(argument))
        {
            await chats.SetDigestAsync(command.Chat, command.ChatTitle, null, cancellationToken);
            var quiet = await chats.ScheduleAsync(command.Chat, cancellationToken);
            return Reply.Plain(quiet.QuietStart is { } s && quiet.QuietEnd is { } e
                ? $"Ringkasan harian dimatikan. Jam senyap {Texts.FormatTime(s)}–{Texts.FormatTime(e)} {quiet.ZoneName} tetap berlaku; di luar itu peringatan dikirim begitu ada."
                : Texts.DigestOff);
        }

        var time = ClockTimes.TakeZone(argument, out var zone);
        if (!ClockTimes.TryParse(time, out var at))
        {
            return Reply.Plain(Texts.InvalidTime(argument) + " " + Texts.DigestUsage);
        }

        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        zone ??= schedule.Zone;
        if (zone != schedule.Zone)
        {
            await chats.SetZoneAsync(command.Chat, command.ChatTitle, zone, cancellationToken);
        }

        await chats.SetDigestAsync(command.Chat, command.ChatTitle, at, cancellationToken);
        return Reply.Plain(Texts.DigestSet(at, zone.Name) + (zone != schedule.Zone ? "\n" + ZoneTexts.Changed(zone) : ""));
    }

    public async Task<Reply> ZoneAsync(ChatCommand command, string argument, CancellationToken cancellationToken)
    {
        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        if (argument.Length == 0)
        {
            return Reply.Plain(ZoneTexts.Current(schedule.Zone));
        }

        if (!command.CanManage)
        {
            return Reply.Plain(Texts.NotAdmin);
        }

        if (ChatZone.Find(argument) is not { } zone)
        {
            return Reply.Plain(ZoneTexts.Unknown(argument));
        }

        await chats.SetZoneAsync(command.Chat, command.ChatTitle, zone, cancellationToken);
        var after = schedule with { ZoneName = zone.Name };
        var summary = Texts.ScheduleSummary(after);
        return Reply.Plain(ZoneTexts.Changed(zone) + (summary.Length > 0 ? "\n" + summary : ""));
    }

    /// <summary>The chat's current schedule, then how to change it.</summary>
    private async Task<Reply> UsageAsync(ChatCommand command, string usage, CancellationToken cancellationToken)
    {
        var schedule = await chats.ScheduleAsync(command.Chat, cancellationToken);
        var current = Texts.ScheduleSummary(schedule);
        return Reply.Plain((current.Length > 0 ? current : Texts.NoSchedule) + "\n\n" + usage);
    }
}
