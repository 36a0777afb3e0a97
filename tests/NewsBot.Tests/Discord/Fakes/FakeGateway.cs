using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Discord.Fakes;

/// <summary>
/// Gateway half of the fake: HELLO with a short interval, IDENTIFY → READY (sent in small frames) + GUILD_CREATE,
/// RESUME with replay of missed events, heartbeat ACKs that can be withheld, and scripted ops/closes/drops.
/// </summary>
public sealed class FakeGateway(FakeDiscord owner)
{
    private readonly ConcurrentDictionary<string, FakeGatewaySession> _sessions = new();
    private readonly Lock _lock = new();
    private FakeGatewayConnection? _current;
    private int _sessionCounter;

    public int HeartbeatIntervalMs { get; set; } = 500;

    /// <summary>When true heartbeats are recorded but never acknowledged (zombie connection).</summary>
    public bool WithholdAcks { get; set; }

    /// <summary>Guild ids announced with GUILD_CREATE after READY.</summary>
    public List<string> Guilds { get; } = ["700"];

    public ConcurrentQueue<JsonElement> Identifies { get; } = new();

    public ConcurrentQueue<JsonElement> Resumes { get; } = new();

    public ConcurrentQueue<JsonElement> Heartbeats { get; } = new();

    /// <summary>Close codes the client sent (null when it dropped the connection without a close frame).</summary>
    public ConcurrentQueue<int?> ClientCloseCodes { get; } = new();

    /// <summary>Path and query of every WebSocket connection, in order.</summary>
    public ConcurrentQueue<string> Connections { get; } = new();

    public FakeGatewaySession? LastSession { get; private set; }

    public bool HasLiveConnection => _current is { IsOpen: true, Session: not null };

    /// <summary>Sends a dispatch on the current session (buffered for replay).</summary>
    public Task DispatchAsync(string type, object data) => DispatchCoreAsync(type, data, send: true);

    /// <summary>Records a dispatch in the session without sending it: the client gets it only by resuming.</summary>
    public Task MissAsync(string type, object data) => DispatchCoreAsync(type, data, send: false);

    public Task SendOpAsync(int op, object? data) => Current().SendAsync(JsonSerializer.Serialize(new { op, d = data }));

    public Task CloseAsync(int code, string reason = "") => Current().CloseAsync(code, reason);

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => Current().Context.Abort();

    internal void AbortAll()
    {
        lock (_lock)
        {
            _current?.Context.Abort();
            _current = null;
        }
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeGatewayConnection(socket, context);
        Connections.Enqueue(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        lock (_lock)
        {
            _current = connection;
        }

        try
        {
            await connection.SendAsync(JsonSerializer.Serialize(new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs } }));
            await ServeAsync(connection);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException or InvalidOperationException)
        {
            ClientCloseCodes.Enqueue(null);
        }
        finally
        {
            lock (_lock)
            {
                if (_current == connection)
                {
                    _current = null;
                }
            }
        }
    }

    private async Task ServeAsync(FakeGatewayConnection connection)
    {
        var first = true;
        while (await connection.ReceiveAsync() is { } text)
        {
            var payload = FakeDiscord.Parse(text);
            var op = payload.GetProperty("op").GetInt32();
            var data = payload.GetProperty("d");
            if (first && op is not (2 or 6))
            {
                await connection.CloseAsync(4003, "Not authenticated");
                return;
            }

            first = false;
            switch (op)
            {
                case 1:
                    Heartbeats.Enqueue(data);
                    if (!WithholdAcks)
                    {
                        await connection.SendAsync("""{"op":11}""");
                    }

                    break;
                case 2:
                    await IdentifyAsync(connection, data);
                    break;
                case 6:
                    await ResumeAsync(connection, data);
                    break;
            }
        }

        ClientCloseCodes.Enqueue((int?)connection.Socket.CloseStatus);
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonElement data)
    {
        Identifies.Enqueue(data);
        if (data.GetProperty("token").GetString() != FakeDiscord.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }

        if ((data.GetProperty("intents").GetInt64() & ~((1L << 25) - 1)) != 0)
        {
            await connection.CloseAsync(4013, "Invalid intent(s).");
            return;
        }

        var session = new FakeGatewaySession("session-" + Interlocked.Increment(ref _sessionCounter).ToString(CultureInfo.InvariantCulture));
        _sessions[session.Id] = session;
        connection.Session = session;
        LastSession = session;
        var ready = new
        {
            v = 10,
            session_id = session.Id,
            resume_gateway_url = $"ws://{owner.BaseUrl.Authority}/gateway?resume=1",
            user = new { id = "800", username = "NewsBot", bot = true },
            guilds = Guilds.Select(id => new { id, unavailable = true }),
            application = new { id = FakeDiscord.ApplicationId, flags = 0 },
            padding = new string('x', 20_000), // forces a multi-frame message on the client side
        };
        await SendDispatchAsync(connection, session, "READY", ready, chunk: 1000);
        foreach (var guild in Guilds)
        {
            await SendDispatchAsync(connection, session, "GUILD_CREATE", new { id = guild, name = "Guild " + guild, unavailable = false }, int.MaxValue);
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement data)
    {
        Resumes.Enqueue(data);
        if (!_sessions.TryGetValue(data.GetProperty("session_id").GetString() ?? "", out var session))
        {
            await connection.SendAsync("""{"op":9,"d":false}""");
            return;
        }

        var seq = data.GetProperty("seq").ValueKind == JsonValueKind.Number ? data.GetProperty("seq").GetInt64() : 0;
        connection.Session = session;
        List<string> replay;
        lock (session)
        {
            replay = [.. session.Events.Where(e => e.Sequence > seq).Select(e => e.Json)];
        }

        foreach (var json in replay)
        {
            await connection.SendAsync(json);
        }

        await SendDispatchAsync(connection, session, "RESUMED", new { }, int.MaxValue);
    }

    private async Task DispatchCoreAsync(string type, object data, bool send)
    {
        var connection = Current();
        var session = connection.Session ?? LastSession ?? throw new InvalidOperationException("No session");
        if (send)
        {
            await SendDispatchAsync(connection, session, type, data, int.MaxValue);
        }
        else
        {
            Record(session, type, data);
        }
    }

    private static async Task SendDispatchAsync(FakeGatewayConnection connection, FakeGatewaySession session, string type, object data, int chunk)
    {
        var json = Record(session, type, data);
        await connection.SendAsync(json, chunk);
    }

    private static string Record(FakeGatewaySession session, string type, object data)
    {
        lock (session)
        {
            var seq = ++session.Sequence;
            var json = JsonSerializer.Serialize(new { op = 0, s = seq, t = type, d = data });
            session.Events.Add((seq, json));
            return json;
        }
    }

    private FakeGatewayConnection Current()
    {
        lock (_lock)
        {
            return _current ?? throw new InvalidOperationException("No gateway connection yet");
        }
    }
}
