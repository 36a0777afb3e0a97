using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Alerts;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Moves outbox rows to their chats: claims due rows with a lease, sends each through its chat's platform
/// and records the outcome right after the platform answers, so a crash repeats at most the sends in flight.
/// </summary>
public sealed class Dispatcher : IDisposable
{
    private readonly OutboxStore _store;
    private readonly SharedSendPace _pace;
    private readonly bool _sharedOutbox;
    private readonly Dictionary<string, IChatPlatform> _platforms;
    private readonly Dictionary<string, SemaphoreSlim> _platformGates;
    private readonly SemaphoreSlim _globalGate;
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private readonly PlatformPauses _pauses;
    private readonly PlatformStops _stops;
    private readonly TimeProvider _clock;
    private readonly DeliveryOptions _options;
    private readonly ILogger<Dispatcher> _logger;
    private readonly DeliveryMetrics _metrics;

    public Dispatcher(Database database, IEnumerable<IChatPlatform> platforms, TimeProvider clock, IOptions<DeliveryOptions> options, ILogger<Dispatcher> logger, DeliveryMetrics metrics)
    {
        _store = new OutboxStore(database);
        _pace = new SharedSendPace(database, clock);
        _sharedOutbox = database.Dialect.IsPostgres;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _metrics = metrics;
        _platforms = platforms.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _platformGates = _platforms.Keys.ToDictionary(name => name, name => new SemaphoreSlim(_options.MaxInFlightFor(name)), StringComparer.Ordinal);
        _globalGate = new SemaphoreSlim(_options.MaxParallelSends);
        _pauses = new PlatformPauses(_options);
        _stops = new PlatformStops(_options.UnauthorizedProbeInterval);
        foreach (var name in _platforms.Keys)
        {
            _metrics.PlatformStopped(name, stopped: false);
        }
    }

    /// <summary>Lease owner written to claimed rows: unique per process start.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Names of the platforms this process can send to.</summary>
    public IReadOnlyCollection<string> Platforms => _platforms.Keys;

    /// <summary>One round: claim due rows, send them, record the outcomes. Returns how many rows reached a final state.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken) =>
        (await DispatchRoundAsync(cancellationToken)).Finished;

    public async Task<OutboxSummary> SummarizeAsync(CancellationToken cancellationToken)
    {
        var summary = await _store.SummarizeAsync(_clock.GetUtcNow(), cancellationToken) with { Stopped = _stops.Current() };
        _metrics.Observe(summary);
        return summary;
    }

    /// <summary>Rows this process could deliver now (configured platform, chat not paused, not held for later).</summary>
    public Task<long> CountDeliverableAsync(CancellationToken cancellationToken) =>
        _store.CountDeliverableAsync(_platforms.Keys, _clock.GetUtcNow(), cancellationToken);

    internal Task<long> CountDeliverableAsync(string platform, CancellationToken cancellationToken) =>
        _store.CountDeliverableAsync([platform], _clock.GetUtcNow(), cancellationToken);

    /// <summary>True while the platform's bot token is rejected and only probes are sent.</summary>
    internal bool IsStopped(string platform) => _stops.IsStopped(platform);

    public void Dispose()
    {
        _store.Dispose();
        _globalGate.Dispose();
        foreach (var gate in _platformGates.Values)
        {
            gate.Dispose();
        }
    }

    /// <summary>One round on every platform at once; each platform is its own lane, so a slow one delays no other.</summary>
    internal async Task<DispatchRound> DispatchRoundAsync(CancellationToken cancellationToken)
    {
        var rounds = await Task.WhenAll(_platforms.Keys.Select(platform => DispatchRoundAsync(platform, cancellationToken)));
        return new DispatchRound(rounds.Sum(r => r.Claimed), rounds.Sum(r => r.Finished));
    }

    /// <summary>Claims due rows of one platform, sends them and records each outcome as it arrives.</summary>
    internal async Task<DispatchRound> DispatchRoundAsync(string platform, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        await _store.ReclaimExpiredAsync(_inFlight.Keys.ToHashSet(), now, cancellationToken);
        if (await _store.AnyHeldDueAsync(now, cancellationToken))
        {
            await _store.ReleaseHeldAsync(platform, now, _options.DigestMaxAlerts, cancellationToken);
        }

        var admission = _stops.Admit(platform, now);
        if (_pauses.IsPaused(platform, now) || admission == PlatformStops.Admission.None)
        {
            return new DispatchRound(0, 0);
        }

        // A stopped platform sends one probe row; a capped one gets small rounds, so rows queued behind its
        // pace are not leased for long.
        var probe = admission == PlatformStops.Admission.Probe;
        var limit = probe ? 1 : Math.Min(_options.BatchSize, _options.MaxInFlightFor(platform) * 32);
        var rows = await _store.ClaimAsync(Owner, platform, now, now + _options.LeaseDuration, limit, cancellationToken);
        if (rows.Count == 0)
        {
            return new DispatchRound(0, 0);
        }

        if (probe)
        {
            _stops.Probing(platform, now);
            _logger.LogInformation("Platform {Platform} is stopped (bot token rejected); probing with outbox row {RowId}", platform, rows[0].Id);
        }

        foreach (var row in rows)
        {
            _inFlight[row.Id] = 0;
        }

        // Sends already on the wire get a grace period at shutdown; rows not yet sent are released at once.
        using var sendCancellation = new CancellationTokenSource();
        await using var registration = cancellationToken.Register(() => sendCancellation.CancelAfter(_options.ShutdownGrace));
        var results = await Task.WhenAll(rows.Select(row => ProcessAsync(row, probe, cancellationToken, sendCancellation.Token)));
        return new DispatchRound(rows.Count, results.Count(finished => finished));
    }

    private async Task<bool> ProcessAsync(OutboxRow row, bool probe, CancellationToken stopping, CancellationToken sendCancellation)
    {
        var platformGate = _platformGates[row.Chat.Platform];
        var holdsPlatform = false;
        var holdsGlobal = false;
        try
        {
            var now = _clock.GetUtcNow();
            if (!row.WasHeld && row.Schedule.HoldUntil(now) is { } until)
            {
                // Quiet hours or a daily digest: the row waits, it does not count as an attempt.
                await _store.HoldAsync(row, Owner, now, until);
                return false;
            }

            await platformGate.WaitAsync(stopping);
            holdsPlatform = true;
            await _globalGate.WaitAsync(stopping);
            holdsGlobal = true;
            if (!probe && _stops.IsStopped(row.Chat.Platform))
            {
                // The token was rejected while this row waited for its turn: back to the queue, unsent.
                await _store.RescheduleAsync(row, Owner, _clock.GetUtcNow(), countAttempt: false, error: null);
                return false;
            }

            if (!await PaceAsync(row.Chat.Platform, stopping))
            {
                await _store.RescheduleAsync(row, Owner, _clock.GetUtcNow(), countAttempt: false, error: null);
                return false;
            }

            // Other instances reclaim a row whose lease ran out while it queued here (one process never reclaims its own
            // in-flight rows, so SQLite skips this write).
            if (_sharedOutbox && !await _store.RenewLeaseAsync(row, Owner, _clock.GetUtcNow() + _options.LeaseDuration))
            {
                _logger.LogInformation("Outbox row {RowId} was taken back by another instance while it waited; not sending it here", row.Id);
                return false;
            }

            return await SendAsync(row, sendCancellation);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !holdsGlobal)
        {
            await _store.RescheduleAsync(row, Owner, _clock.GetUtcNow(), countAttempt: false, error: null);
            return false;
        }
        finally
        {
            if (holdsGlobal)
            {
                _globalGate.Release();
            }

            if (holdsPlatform)
            {
                platformGate.Release();
            }

            _inFlight.TryRemove(row.Id, out _);
        }
    }

    /// <summary>Waits for this send's slot of the platform's shared rate; false when shutdown came first.</summary>
    private async Task<bool> PaceAsync(string platform, CancellationToken stopping)
    {
        try
        {
            var rate = _options.PlatformMessagesPerSecond.GetValueOrDefault(platform);
            if (await _pace.ReserveAsync(platform, rate, stopping) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, _clock, stopping);
            }

            return true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<bool> SendAsync(OutboxRow row, CancellationToken sendCancellation)
    {
        var platform = _platforms[row.Chat.Platform];
        var deliveryKey = row.Id.ToString(CultureInfo.InvariantCulture);
        object payload;
        try
        {
            // Dates show in the chat's own time zone.
            var zone = row.Schedule.Zone;
            if (row.IsDigest)
            {
                var digest = AlertJson.DeserializeDigest(row.Payload);
                payload = digest with { Alerts = [.. digest.Alerts.Select(a => a with { Zone = zone })] };
            }
            else
            {
                var alert = AlertJson.Deserialize(row.Payload);
                payload = alert with { Zone = zone, ReplyTo = alert.IsUpdate ? row.OriginalMessageId : null };
            }
        }
        catch (JsonException ex)
        {
            _logger.LogError(ex, "Outbox row {RowId} has an unreadable payload; marking it dead", row.Id);
            return await RecordAsync(row, SendOutcome.Rejected("unreadable payload"));
        }

        SendOutcome outcome;
        try
        {
            outcome = await (payload is AlertDigest digest
                ? platform.SendDigestAsync(row.Chat, digest, deliveryKey, sendCancellation)
                : platform.SendAlertAsync(row.Chat, (Alert)payload, deliveryKey, sendCancellation));
        }
        catch (OperationCanceledException) when (sendCancellation.IsCancellationRequested)
        {
            // Shutdown cut the send short: the platform may or may not have it, so the row goes back to the queue.
            await _store.RescheduleAsync(row, Owner, _clock.GetUtcNow(), countAttempt: false, error: "released at shutdown");
            return false;
        }
        catch (Exception ex)
        {
            // Platforms report failures as outcomes; an exception is a bug or an unexpected transport error.
            _logger.LogWarning(ex, "Platform {Platform} threw while sending outbox row {RowId}", row.Chat.Platform, row.Id);
            outcome = SendOutcome.Retry(ex.GetType().Name);
        }

        return await RecordAsync(row, outcome);
    }

    private async Task<bool> RecordAsync(OutboxRow row, SendOutcome outcome)
    {
        var now = _clock.GetUtcNow();
        var platform = row.Chat.Platform;
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                await _store.MarkSentAsync(row, Owner, outcome.MessageId, now, now + _options.SpacingFor(row.Chat));
                _metrics.Sent(platform);
                if (_stops.Resume(platform))
                {
                    _metrics.PlatformStopped(platform, stopped: false);
                    _logger.LogInformation("Platform {Platform} accepted a message again: its bot token works, sending resumed", platform);
                }

                return true;

            case SendStatus.Unauthorized:
                // Not the row's fault: it keeps its place and its attempts while the platform waits for a new token.
                await _store.RescheduleAsync(row, Owner, now, countAttempt: false, error: outcome.Error ?? "unauthorized");
                _metrics.Failed(platform, "unauthorized");
                if (_stops.Stop(platform, now))
                {
                    _metrics.PlatformStopped(platform, stopped: true);
                    _logger.LogCritical(
                        "Platform {Platform} rejected the bot token (401): all sending there has stopped. Fix {Setting} and restart NewsBot; until then one queued alert is tried every {ProbeInterval}",
                        platform,
                        TokenSetting(platform),
                        _options.UnauthorizedProbeInterval);
                }

                return false;

            case SendStatus.ChatNotFound:
                var misses = await _store.ChatNotFoundAsync(row);
                if (misses >= _options.PauseAfterChatNotFound)
                {
                    return await ChatGoneAsync(row, outcome.Error ?? "chat not found", now);
                }

                _logger.LogInformation("Chat {Platform}:{ChatId} not found ({Misses} of {Limit} in a row); retrying outbox row {RowId}", platform, row.Chat.ExternalId, misses, _options.PauseAfterChatNotFound, row.Id);
                return await RetryAsync(row, outcome, now);

            case SendStatus.RateLimited:
                var wait = (outcome.RetryAfter ?? TimeSpan.FromSeconds(1)) * (1 + _options.RateLimitMargin);
                await _store.RescheduleAsync(row, Owner, now + wait, countAttempt: false, error: outcome.Error ?? "rate limited");
                _metrics.Failed(platform, "rate_limited");
                if (_pauses.RateLimited(platform, now, wait) is { } until)
                {
                    _logger.LogWarning("Platform {Platform} keeps answering with flood control; pausing it until {Until}", platform, until);
                }

                return false;

            case SendStatus.ChatMoved when outcome.NewChatId is { Length: > 0 } newId && newId != row.Chat.ExternalId:
                await _store.ChatMovedAsync(row, Owner, newId, now);
                _metrics.Failed(platform, "chat_moved");
                _logger.LogInformation("Chat {Platform}:{OldId} moved to {NewId}; resending outbox row {RowId}", platform, row.Chat.ExternalId, newId, row.Id);
                return false;

            case SendStatus.ChatGone:
                return await ChatGoneAsync(row, outcome.Error ?? "chat gone", now);

            case SendStatus.Rejected:
                await _store.MarkDeadAsync(row, Owner, outcome.Error ?? "rejected");
                _metrics.Failed(platform, "rejected");
                _logger.LogError("Platform {Platform} rejected outbox row {RowId}: {Error}", platform, row.Id, outcome.Error);
                return true;

            default:
                return await RetryAsync(row, outcome, now);
        }
    }

    private async Task<bool> ChatGoneAsync(OutboxRow row, string reason, DateTimeOffset now)
    {
        await _store.ChatGoneAsync(row, Owner, reason, now);
        _metrics.Failed(row.Chat.Platform, "chat_gone");
        _logger.LogWarning("Chat {Platform}:{ChatId} is gone ({Reason}); paused it and skipped its queue", row.Chat.Platform, row.Chat.ExternalId, reason);
        return true;
    }

    /// <summary>A transient failure: back off and count an attempt; dead after <see cref="DeliveryOptions.MaxAttempts"/>.</summary>
    private async Task<bool> RetryAsync(OutboxRow row, SendOutcome outcome, DateTimeOffset now)
    {
        var attempts = row.Attempts + 1;
        var error = outcome.Error ?? outcome.Status.ToString();
        if (attempts >= _options.MaxAttempts)
        {
            await _store.MarkDeadAsync(row, Owner, error);
            _metrics.Failed(row.Chat.Platform, "dead");
            _logger.LogError("Outbox row {RowId} failed {Attempts} times; giving up: {Error}", row.Id, attempts, error);
            return true;
        }

        var delay = Backoff.Delay(attempts, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
        await _store.RescheduleAsync(row, Owner, now + delay, countAttempt: true, error: error);
        _metrics.Failed(row.Chat.Platform, "retry");
        return false;
    }

    /// <summary>The setting the operator must fix when a platform rejects the bot token (never the token itself).</summary>
    private static string TokenSetting(string platform) =>
        platform.Length == 0 ? "the bot token" : char.ToUpperInvariant(platform[0]) + platform[1..] + ":BotToken";
}

internal readonly record struct DispatchRound(int Claimed, int Finished);
