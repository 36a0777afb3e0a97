namespace NewsBot.Storage;

/// <summary>
/// A named role only one instance may hold at a time (the Telegram long-poller), kept in the <c>leases</c> table.
/// The holder renews before <c>lease_until</c>; once it stops renewing (killed, stuck), any instance takes over.
/// </summary>
public sealed class DatabaseLease(Database database, TimeProvider clock)
{
    /// <summary>This process's identity as a lease holder: unique per start.</summary>
    public string Owner { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Takes <paramref name="name"/> if free or expired, or renews it if held; true when this process holds it now.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ScalarAsync(
            """
            INSERT INTO leases (name, owner, lease_until) VALUES (@name, @owner, @until)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
            WHERE leases.owner = @owner OR leases.lease_until <= @now
            RETURNING owner
            """,
            parameters: [("name", name), ("owner", Owner), ("until", (now + duration).ToMs()), ("now", now.ToMs())],
            cancellationToken: cancellationToken) is not null;
    }

    /// <summary>Gives the role up at once (graceful stop), so another instance need not wait for the expiry.</summary>
    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM leases WHERE name = @name AND owner = @owner", parameters: [("name", name), ("owner", Owner)], cancellationToken: cancellationToken);
    }
}
