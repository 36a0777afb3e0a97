using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps one Gateway shard connected: resumes after drops, op 7, op 9 (d:true) and zombied connections,
/// identifies anew after op 9 (d:false) or a lost session, backs off after failures, and stops for good
/// on close codes that can never succeed (4004, 4010–4014).
/// </summary>
public sealed class DiscordGatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordClientOptions> options,
    IDiscordGatewayHandler handler,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger)
{
    private readonly GatewaySession _session = new();
    private volatile bool _connected;

    /// <summary>The close that stopped the client for good, if any.</summary>
    public ConnectionEnd? FatalEnd { get; private set; }

    /// <summary>True from READY or RESUMED until that connection ends (readiness checks read it).</summary>
    public bool IsConnected => _connected;

    /// <summary>Runs until cancelled or a fatal close code arrives.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var dispatches = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var consumer = ConsumeAsync(dispatches.Reader, cancellationToken);
        try
        {
            await SuperviseAsync(dispatches.Writer, cancellationToken);
        }
        finally
        {
            dispatches.Writer.TryComplete();
            await consumer;
        }
    }

    private async Task SuperviseAsync(ChannelWriter<GatewayDispatch> dispatches, CancellationToken ct)
    {
        Uri? gatewayUrl = null;
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            ConnectionEnd end;
            try
            {
                var resume = _session.CanResume;
                var url = resume ? _session.ResumeUrl! : gatewayUrl ??= await GetGatewayUrlAsync(ct);
                await using var connection = new GatewayConnection(options.Value, _session, dispatches, time, logger);
                try
                {
                    end = await connection.RunAsync(url, resume, ct);
                }
                finally
                {
                    _connected = false;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordHttpException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                FatalEnd = new(ConnectionEndKind.Fatal, "bot token rejected by GET /gateway/bot", WasHealthy: false);
                logger.LogCritical("Discord rejected the bot token (401 on GET /gateway/bot). Not connecting; fix Discord:BotToken and restart");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordHttpException)
            {
                end = new(ConnectionEndKind.Resume, "gateway URL lookup failed: " + ex.Message, WasHealthy: false);
                gatewayUrl = null;
            }

            switch (end.Kind)
            {
                case ConnectionEndKind.Stopped:
                    return;
                case ConnectionEndKind.Fatal:
                    FatalEnd = end;
                    logger.LogCritical(
                        "Discord gateway closed with {CloseCode}: {Reason}. Not reconnecting; fix the configuration and restart",
                        end.CloseCode,
                        end.Reason);
                    return;
                case ConnectionEndKind.Identify:
                    _session.Clear();
                    break;
            }

            failures = end.WasHealthy ? 0 : failures + 1;
            var delay = failures == 0 ? TimeSpan.Zero : GatewayBackoff.Delay(failures, options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, Random.Shared.NextDouble());
            if (end.Kind == ConnectionEndKind.Identify && delay < options.Value.InvalidSessionDelay)
            {
                delay = options.Value.InvalidSessionDelay;
            }

            logger.LogInformation(
                "Discord gateway disconnected ({Reason}); {Action} in {Delay}",
                end.Reason,
                _session.CanResume ? "resuming" : "identifying",
                delay);
            try
            {
                await Task.Delay(delay, time, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<Uri> GetGatewayUrlAsync(CancellationToken ct)
    {
        if (options.Value.GatewayUrl is { } configured)
        {
            return configured;
        }

        var info = await rest.GetGatewayBotAsync(ct);
        if (info.SessionStartLimit is { Remaining: 0 } limit)
        {
            // Out of IDENTIFYs: going on would terminate all sessions and reset the token.
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            logger.LogWarning("Discord session start limit exhausted; waiting {Delay}", wait);
            await Task.Delay(wait, time, ct);
        }

        return new Uri(info.Url);
    }

    private async Task ConsumeAsync(ChannelReader<GatewayDispatch> reader, CancellationToken ct)
    {
        await foreach (var dispatch in reader.ReadAllAsync(CancellationToken.None))
        {
            if (dispatch.Type is "READY" or "RESUMED")
            {
                _connected = true;
            }

            try
            {
                await handler.OnDispatchAsync(dispatch, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Discord event {EventType} handler failed", dispatch.Type);
            }
        }
    }
}
