namespace NewsBot.Tests.Delivery.Crash;

/// <summary>Lost and duplicate deliveries read from the fake's ledger and the outbox.</summary>
internal sealed record CrashReport(int Lost, int TelegramDuplicates, int MaxTelegramDuplicatesPerKill, int DiscordDuplicates, int DuplicatesFromCleanRuns)
{
    /// <summary>
    /// A Telegram message the outbox never recorded (its id is not a row's platform message id) is a copy that its
    /// run sent and did not live to record: it is charged to that run, which must be one the test killed.
    /// </summary>
    public static async Task<CrashReport> ReadAsync(
        IEnumerable<LedgerEntry> ledger, IReadOnlySet<(string Platform, string Chat, string Marker)> expected, IEnumerable<(int Life, KillMoment Moment)> kills, OutboxFixture db)
    {
        var recorded = (await db.TextAsync("SELECT group_concat(platform_message_id) FROM outbox WHERE platform_message_id IS NOT NULL") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        var killedLives = kills.Select(k => k.Life).ToHashSet();
        var byKey = ledger
            .GroupBy(e => (e.Platform, Chat: e.ChatId, Marker: DeliveryFaultTests.Marker(e.Body)))
            .ToDictionary(g => g.Key, g => g.ToList());
        var lost = expected.Count(key => !byKey.ContainsKey(key));

        var chargedToLife = new Dictionary<int, int>();
        var telegram = 0;
        var discord = 0;
        foreach (var (key, copies) in byKey.Where(p => p.Value.Count > 1))
        {
            if (key.Platform == "discord")
            {
                discord += copies.Count - 1;
                continue;
            }

            telegram += copies.Count - 1;
            foreach (var copy in copies.Where(c => !recorded.Contains(c.MessageId)))
            {
                chargedToLife[copy.Life] = chargedToLife.GetValueOrDefault(copy.Life) + 1;
            }
        }

        return new CrashReport(
            lost,
            telegram,
            chargedToLife.Where(p => killedLives.Contains(p.Key)).Select(p => p.Value).DefaultIfEmpty(0).Max(),
            discord,
            chargedToLife.Where(p => !killedLives.Contains(p.Key)).Sum(p => p.Value));
    }
}
