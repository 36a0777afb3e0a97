using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One Gateway WebSocket: HELLO, jittered heartbeats with ACK tracking, IDENTIFY or RESUME, frame
/// reassembly and dispatch. Ends with a <see cref="ConnectionEnd"/> telling the supervisor what to do.
/// </summary>
internal sealed class GatewayConnection(
    DiscordClientOptions options,
    GatewaySession session,
    ChannelWriter<GatewayDispatch> dispatches,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private const int MaxSendBytes = 4096;
    private const WebSocketCloseStatus ReconnectClose = (WebSocketCloseStatus)4000;

    // Gateway frames keep nulls: a first heartbeat must read {"op":1,"d":null}.
    private static readonly JsonSerializerOptions SendOptions = new(DiscordJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private volatile bool _ackReceived = true;
    private volatile bool _zombie;
    private bool _healthy;

    public async Task<ConnectionEnd> RunAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ct = connectionCts.Token;
        Task heartbeat = Task.CompletedTask;
        try
        {
            await _socket.ConnectAsync(WithQuery(url), ct);
            var hello = await ReceiveHelloAsync(ct);
            var interval = TimeSpan.FromMilliseconds(hello.GetProperty("heartbeat_interval").GetDouble());
            if (resume)
            {
                logger.LogInformation("Discord gateway resuming session at sequence {Sequence}", session.Sequence);
                await SendAsync(GatewayOpCode.Resume, new { token = options.BotToken, session_id = session.SessionId, seq = session.Sequence }, ct);
            }
            else
            {
                logger.LogInformation("Discord gateway identifying as shard {ShardId}/{ShardCount}", options.ShardId, options.ShardCount);
                await SendAsync(GatewayOpCode.Identify, IdentifyData(), ct);
            }

            // Beats start once IDENTIFY/RESUME is out: a first beat with a small jitter could otherwise overtake it
            // on a busy machine, and a gateway closes a connection whose first frame is not one of those (4003).
            heartbeat = HeartbeatLoopAsync(interval, connectionCts);
            return await ReceiveLoopAsync(ct);
        }
        catch (OperationCanceledException) when (_zombie)
        {
            return new(ConnectionEndKind.Resume, "zombied connection (no heartbeat ACK)", _healthy);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseQuietlyAsync(WebSocketCloseStatus.NormalClosure, "shutting down");
            return new(ConnectionEndKind.Stopped, "stopped", _healthy);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException or TimeoutException or OperationCanceledException
            or KeyNotFoundException or InvalidOperationException or FormatException or UriFormatException)
        {
            return new(ConnectionEndKind.Resume, $"connection lost: {ex.GetType().Name}: {ex.Message}", _healthy);
        }
        finally
        {
            await connectionCts.CancelAsync();
            try
            {
                await heartbeat;
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                logger.LogDebug("Discord gateway heartbeat ended: {Error}", ex.GetType().Name);
            }
        }
    }

    private async Task<ConnectionEnd> ReceiveLoopAsync(CancellationToken ct)
    {
        while (true)
        {
            var frame = await ReceiveMessageAsync(ct);
            if (frame is null)
            {
                var code = (int?)_socket.CloseStatus ?? 1006;
                var description = _socket.CloseStatusDescription;
                if (GatewayCloseCodes.IsFatal(code))
                {
                    return new(ConnectionEndKind.Fatal, $"{GatewayCloseCodes.Describe(code)} {description}".Trim(), _healthy, code);
                }

                var kind = GatewayCloseCodes.NeedsNewSession(code) ? ConnectionEndKind.Identify : ConnectionEndKind.Resume;
                return new(kind, $"server closed with {code} {description}".Trim(), _healthy, code);
            }

            var payload = JsonSerializer.Deserialize<GatewayPayload>(frame, DiscordJson.Options)
                ?? throw new JsonException("Empty gateway payload");
            switch (payload.Op)
            {
                case GatewayOpCode.Dispatch:
                    await OnDispatchAsync(payload, ct);
                    break;
                case GatewayOpCode.Heartbeat:
                    await SendHeartbeatAsync(ct);
                    break;
                case GatewayOpCode.HeartbeatAck:
                    _ackReceived = true;
                    break;
                case GatewayOpCode.Reconnect:
                    await CloseQuietlyAsync(ReconnectClose, "reconnect requested");
                    return new(ConnectionEndKind.Resume, "server asked to reconnect (op 7)", _healthy);
                case GatewayOpCode.InvalidSession:
                    var resumable = payload.D is { ValueKind: JsonValueKind.True };
                    await CloseQuietlyAsync(ReconnectClose, "invalid session");
                    return new(resumable ? ConnectionEndKind.Resume : ConnectionEndKind.Identify, $"invalid session (resumable: {resumable})", _healthy);
                default:
                    logger.LogDebug("Discord gateway ignored op {Op}", payload.Op);
                    break;
            }
        }
    }

    private async Task OnDispatchAsync(GatewayPayload payload, CancellationToken ct)
    {
        if (payload.S is { } sequence)
        {
            session.Sequence = sequence;
        }

        var data = payload.D ?? default;
        if (payload.T == "READY")
        {
            session.SessionId = data.GetProperty("session_id").GetString();
            session.ResumeUrl = new Uri(data.GetProperty("resume_gateway_url").GetString() ?? throw new JsonException("READY without resume_gateway_url"));
            _healthy = true;
            logger.LogInformation("Discord gateway ready (shard {ShardId}/{ShardCount})", options.ShardId, options.ShardCount);
        }
        else if (payload.T == "RESUMED")
        {
            _healthy = true;
            logger.LogInformation("Discord gateway resumed at sequence {Sequence}", session.Sequence);
        }

        if (payload.T is { } type)
        {
            await dispatches.WriteAsync(new GatewayDispatch(type, data, payload.S ?? 0), ct);
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationTokenSource connectionCts)
    {
        var ct = connectionCts.Token;

        // Discord: the first beat after interval × jitter so a fleet reconnecting at once does not beat in step.
        await Task.Delay(interval * Random.Shared.NextDouble(), time, ct);
        while (!ct.IsCancellationRequested)
        {
            if (!_ackReceived)
            {
                logger.LogWarning("Discord gateway missed a heartbeat ACK: reconnecting and resuming");
                _zombie = true;
                await CloseQuietlyAsync(ReconnectClose, "zombied connection");
                await connectionCts.CancelAsync();
                return;
            }

            _ackReceived = false;
            await SendHeartbeatAsync(ct);
            await Task.Delay(interval, time, ct);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken ct) => SendAsync(GatewayOpCode.Heartbeat, session.Sequence, ct);

    private object IdentifyData() => new
    {
        token = options.BotToken,
        intents = options.Intents,
        properties = new { os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), browser = "newsbot", device = "newsbot" },
        shard = new[] { options.ShardId, options.ShardCount },
    };

    private async Task<JsonElement> ReceiveHelloAsync(CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(options.HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var frame = await ReceiveMessageAsync(linked.Token) ?? throw new WebSocketException("Closed before HELLO");
        var payload = JsonSerializer.Deserialize<GatewayPayload>(frame, DiscordJson.Options);
        return payload is { Op: GatewayOpCode.Hello, D: { } d } ? d : throw new JsonException("First gateway frame was not HELLO");
    }

    /// <summary>Reads one whole message, joining frames until EndOfMessage; null when the server closed.</summary>
    private async Task<byte[]?> ReceiveMessageAsync(CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private async Task SendAsync(int op, object? data, CancellationToken ct)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { op, d = data }, SendOptions);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"Gateway payload of op {op} is {bytes.Length} bytes; Discord closes the connection above {MaxSendBytes}.");
        }

        await _sendLock.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseQuietlyAsync(WebSocketCloseStatus status, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            // Close output only: a zombied server would never complete the handshake.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await _socket.CloseOutputAsync(status, reason, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug("Discord gateway close failed: {Error}", ex.Message);
        }
    }

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        builder.Query = (query.Length > 0 ? query + "&" : "") + "v=10&encoding=json";
        return builder.Uri;
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
