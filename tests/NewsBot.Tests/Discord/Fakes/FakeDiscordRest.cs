using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Discord.Fakes;

/// <summary>
/// REST half of the fake: checks auth, User-Agent and content type, serves the routes NewsBot uses,
/// enforces a per-(bucket, channel) limit with <c>X-RateLimit-*</c> headers, and plays scripted faults.
/// </summary>
public sealed class FakeDiscordRest(FakeDiscord owner)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedMessage> _messages = [];
    private readonly Queue<(string PathPart, FakeFault Fault)> _faults = new();
    private readonly Dictionary<string, (int Used, TimeSpan ResetAt)> _buckets = [];
    private int _nextId = 1000;

    public ConcurrentDictionary<string, FakeChannel> Channels { get; } = new();

    public ConcurrentDictionary<string, string> Guilds { get; } = new();

    public ConcurrentDictionary<string, FakeInteraction> Interactions { get; } = new();

    /// <summary>
    /// Discord's 3 s answer deadline runs on this clock, which only a test moves: on a wall clock a loaded machine
    /// expired interactions before a cold client had made its first request.
    /// </summary>
    public FakeTimeProvider InteractionClock { get; } = TestClock.Create();

    /// <summary>Commands stored by the last bulk overwrite, per scope ("global" or a guild id).</summary>
    public ConcurrentDictionary<string, JsonElement> Commands { get; } = new();

    private int _commandOverwrites;
    private int _bucketOverflows;

    public int CommandOverwrites => _commandOverwrites;

    /// <summary>Requests allowed per channel-message bucket and window.</summary>
    public int MessageBucketLimit { get; set; } = 5;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>429s the fake produced because a client exceeded the advertised bucket limit.</summary>
    public int BucketOverflows => _bucketOverflows;

    public IReadOnlyList<RecordedRequest> Requests { get { lock (_lock) { return [.. _requests]; } } }

    public IReadOnlyList<RecordedMessage> Messages { get { lock (_lock) { return [.. _messages]; } } }

    public FakeChannel AddChannel(string id, string guildId = "700") => Channels[id] = new FakeChannel(id, guildId);

    /// <summary>The next request whose path contains <paramref name="pathPart"/> gets <paramref name="fault"/>.</summary>
    public void EnqueueFault(string pathPart, FakeFault fault)
    {
        lock (_lock)
        {
            _faults.Enqueue((pathPart, fault));
        }
    }

    public FakeInteraction RegisterInteraction(string id)
    {
        var interaction = new FakeInteraction(id, "itoken-CANARY-" + id, InteractionClock.GetUtcNow());
        Interactions[id] = interaction;
        return interaction;
    }

    /// <summary>While true, creating a channel message never answers: the request stays on the wire until the client gives up.</summary>
    public bool HoldMessages { get; set; }

    internal async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (HoldMessages && request.Method == "POST" && request.Path.Value?.EndsWith("/messages", StringComparison.Ordinal) == true)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var body = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0
            ? await new StreamReader(request.Body).ReadToEndAsync()
            : null;
        var (status, json, headers) = Route(request, body);
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(request.Method, request.Path.Value ?? "", request.Headers.Authorization, request.Headers.UserAgent, body, status, _clock.Elapsed));
        }

        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    }

    private (int Status, string? Json, Dictionary<string, string> Headers) Route(HttpRequest request, string? body)
    {
        var headers = new Dictionary<string, string>();
        var path = request.Path.Value ?? "";
        if (!path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            return (404, """{"message":"404: Not Found","code":0}""", headers);
        }

        if (request.Headers.Authorization != "Bot " + FakeDiscord.Token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""", headers);
        }

        if (!request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            return (400, """{"message":"bad user agent","code":0}""", headers);
        }

        if (body is not null && request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return (400, """{"message":"Invalid Form Body","code":50035}""", headers);
        }

        lock (_lock)
        {
            if (_faults.Count > 0 && path.Contains(_faults.Peek().PathPart, StringComparison.Ordinal))
            {
                var fault = _faults.Dequeue().Fault;
                foreach (var (name, value) in fault.Headers)
                {
                    headers[name] = value;
                }

                return (fault.Status, fault.Json, headers);
            }
        }

        var segments = path["/api/v10/".Length..].Split('/');
        return (request.Method, segments) switch
        {
            ("GET", ["gateway", "bot"]) => (200, JsonSerializer.Serialize(new { url = owner.GatewayUrl.ToString(), shards = 1, session_start_limit = new { total = 1000, remaining = 999, reset_after = 0, max_concurrency = 1 } }), headers),
            ("PUT", ["applications", _, "commands"]) => StoreCommands("global", body),
            ("PUT", ["applications", _, "guilds", var guild, "commands"]) => StoreCommands(guild, body),
            ("GET", ["channels", var id]) => Channels.TryGetValue(id, out var c)
                ? (200, JsonSerializer.Serialize(new { id, type = 0, guild_id = c.GuildId, name = "general" }), headers)
                : (404, """{"message":"Unknown Channel","code":10003}""", headers),
            ("GET", ["guilds", var id]) => Guilds.TryGetValue(id, out var name)
                ? (200, JsonSerializer.Serialize(new { id, name }), headers)
                : (404, """{"message":"Unknown Guild","code":10004}""", headers),
            ("POST", ["channels", var id, "messages"]) => CreateMessage(id, body!, headers),
            ("PATCH", ["channels", var id, "messages", var messageId]) => Record(id, "edit:" + messageId, body!, headers),
            ("POST", ["interactions", var id, var token, "callback"]) => Callback(id, token, body!, headers),
            ("PATCH", ["webhooks", _, var token, "messages", "@original"]) => Webhook(token, "original", body!, headers),
            ("POST", ["webhooks", _, var token]) => Webhook(token, "followup", body!, headers),
            _ => (404, """{"message":"404: Not Found","code":0}""", headers),
        };
    }

    private (int, string?, Dictionary<string, string>) StoreCommands(string scope, string? body)
    {
        var commands = FakeDiscord.Parse(body ?? "[]");
        if (FakeValidation.Commands(commands) is { } problem)
        {
            return (400, JsonSerializer.Serialize(new { message = "Invalid Form Body: " + problem, code = 50035 }), []);
        }

        Interlocked.Increment(ref _commandOverwrites);
        Commands[scope] = commands;
        return (200, body, []);
    }

    private (int, string?, Dictionary<string, string>) CreateMessage(string channelId, string body, Dictionary<string, string> headers)
    {
        if (!Channels.TryGetValue(channelId, out var channel))
        {
            return (404, """{"message":"Unknown Channel","code":10003}""", headers);
        }

        if (channel.Forbidden)
        {
            return (403, """{"message":"Missing Permissions","code":50013}""", headers);
        }

        lock (_lock)
        {
            var now = _clock.Elapsed;
            var key = "messages|" + channelId;
            var (used, resetAt) = _buckets.TryGetValue(key, out var b) && b.ResetAt > now ? b : (0, now + MessageBucketWindow);
            headers["X-RateLimit-Bucket"] = "messages";
            headers["X-RateLimit-Limit"] = MessageBucketLimit.ToString(CultureInfo.InvariantCulture);
            var resetAfter = (resetAt - now).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = resetAfter;
            if (used >= MessageBucketLimit)
            {
                _bucketOverflows++;
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Scope"] = "user";
                headers["Retry-After"] = "1";
                return (429, $$"""{"message":"You are being rate limited.","retry_after":{{resetAfter}},"global":false}""", headers);
            }

            _buckets[key] = (used + 1, resetAt);
            headers["X-RateLimit-Remaining"] = (MessageBucketLimit - used - 1).ToString(CultureInfo.InvariantCulture);

            var parsed = FakeDiscord.Parse(body);
            if (parsed.TryGetProperty("enforce_nonce", out var enforce) && enforce.ValueKind == JsonValueKind.True
                && parsed.TryGetProperty("nonce", out var nonce))
            {
                var earlier = _messages.FirstOrDefault(m => m.Target == channelId && m.Body.TryGetProperty("nonce", out var n) && n.GetString() == nonce.GetString());
                if (earlier is not null)
                {
                    return (200, JsonSerializer.Serialize(new { id = earlier.Id, channel_id = channelId }), headers);
                }
            }
        }

        return Record(channelId, "message", body, headers);
    }

    private (int, string?, Dictionary<string, string>) Callback(string id, string token, string body, Dictionary<string, string> headers)
    {
        if (!Interactions.TryGetValue(id, out var interaction) || interaction.Token != token
            || InteractionClock.GetUtcNow() - interaction.CreatedAt > TimeSpan.FromSeconds(3))
        {
            return (404, """{"message":"Unknown interaction","code":10062}""", headers);
        }

        if (FakeDiscord.Parse(body).TryGetProperty("data", out var data) && FakeValidation.Message(data) is { } problem)
        {
            return (400, JsonSerializer.Serialize(new { message = "Invalid Form Body: " + problem, code = 50035 }), headers);
        }

        lock (interaction)
        {
            if (interaction.Answered)
            {
                return (400, """{"message":"Interaction has already been acknowledged.","code":40060}""", headers);
            }

            interaction.Answered = true;
            interaction.CallbackType = FakeDiscord.Parse(body).GetProperty("type").GetInt32();
        }

        Record(id, "callback", body, headers);
        return (204, null, headers);
    }

    private (int, string?, Dictionary<string, string>) Webhook(string token, string kind, string body, Dictionary<string, string> headers)
    {
        var interaction = Interactions.Values.FirstOrDefault(i => i.Token == token);
        if (interaction is not { Answered: true })
        {
            return (404, """{"message":"Unknown Webhook","code":10015}""", headers);
        }

        return Record(interaction.Id, kind, body, headers);
    }

    private (int, string?, Dictionary<string, string>) Record(string target, string kind, string body, Dictionary<string, string> headers)
    {
        if (kind != "callback" && FakeValidation.Message(FakeDiscord.Parse(body)) is { } problem)
        {
            return (400, JsonSerializer.Serialize(new { message = "Invalid Form Body: " + problem, code = 50035 }), headers);
        }

        lock (_lock)
        {
            var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
            _messages.Add(new RecordedMessage(id, target, kind, FakeDiscord.Parse(body)));
            return (200, JsonSerializer.Serialize(new { id, channel_id = target }), headers);
        }
    }
}
