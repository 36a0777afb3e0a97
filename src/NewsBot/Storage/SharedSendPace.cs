namespace NewsBot.Storage;

/// <summary>
/// A platform's global send rate shared by every instance on one PostgreSQL database: each send reserves the next
/// slot of the platform's row (one short row-locked update), so N instances together keep the rate one instance
/// would. On SQLite there is one instance and the platform client's own limiter is enough.
/// </summary>
public sealed class SharedSendPace(Database database, TimeProvider clock)
{
    /// <summary>How long to wait before sending one message to <paramref name="platform"/> at <paramref name="perSecond"/>.</summary>
    public async Task<TimeSpan> ReserveAsync(string platform, double perSecond, CancellationToken cancellationToken)
    {
        if (!database.Dialect.IsPostgres || perSecond <= 0)
        {
            return TimeSpan.Zero;
        }

        // Rounded up to whole milliseconds so the shared rate never exceeds perSecond.
        var interval = (long)Math.Ceiling(1000 / perSecond);
        var now = clock.GetUtcNow().ToMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        var slot = Convert.ToInt64(
            await connection.ScalarAsync(
                """
                INSERT INTO send_pace (platform, next_at) VALUES (@platform, @now + @interval)
                ON CONFLICT (platform) DO UPDATE SET next_at = GREATEST(send_pace.next_at, @now) + @interval
                RETURNING next_at - @interval
                """,
                parameters: [("platform", platform), ("now", now), ("interval", interval)],
                cancellationToken: cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(Math.Max(0, slot - now));
    }
}
