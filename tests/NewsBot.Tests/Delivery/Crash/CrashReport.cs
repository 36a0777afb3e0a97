
namespace NewsBot.Tests.Delivery.Crash;

/// <summary>Lost and duplicate deliveries read from the fake's ledger.</summary>
internal sealed record CrashReport(int Lost, int TelegramDuplicates, int MaxTelegramDuplicatesPerKill, int DiscordDuplicates, int DuplicatesFromCleanRuns)
{
    public static CrashReport From(IEnumerable<LedgerEntry> ledger, IReadOnlySet<(string Platform, string Chat, string Marker)> expected, IReadOnlySet<int> killedLives)
    {
        var byKey = ledger
            .GroupBy(e => (e.Platform, Chat: e.ChatId, Marker: DeliveryFaultTests.Marker(e.Body)))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).ToList());
        var lost = expected.Count(key => !byKey.ContainsKey(key));

        // A repeated message is charged to the run that created the earlier copy: that run died before recording it.
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
            foreach (var copy in copies.SkipLast(1))
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
