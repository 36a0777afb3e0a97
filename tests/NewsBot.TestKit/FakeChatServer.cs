using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.TestKit;

/// <summary>
/// A loopback fake of Telegram's sendMessage and Discord's create-message endpoints with an append-only
/// ledger of created messages, scriptable faults per request, Discord nonce deduplication and optional
/// Telegram limit enforcement. Runs on a <see cref="LoopbackServer"/>. Tests and the fan-out benchmark share it.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentDictionary<(string Channel, string Nonce), string> _nonces = new();
    private long _nextMessageId = 1000;

    private FakeChatServer(LoopbackServer server)
    {
        _server = server;
    }

    public Uri BaseUrl => _server.BaseUrl;

    public Uri TelegramApiBaseUrl => BaseUrl;

    public Uri DiscordApiBaseUrl => new(BaseUrl, "api/v10/");

    /// <summary>
    /// Bot tokens for one process generation (the crash test's runs): requests made with them are stamped with
    /// <paramref name="life"/>, so a request that a killed process wrote just before dying and that the fake reads
    /// only after the next process started is still charged to the process that sent it. Other requests carry 0.
    /// </summary>
    public static (string Telegram, string Discord) TokensFor(int life) =>
        ($"123456:crash-life-{life}", $"crash-life-{life}");

    /// <summary>Every message created, in order; never rewritten.</summary>
    public ConcurrentQueue<LedgerEntry> Ledger { get; } = new();

    /// <summary>Every send request, including refused ones.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>Decides each request's fate; null accepts everything.</summary>
    public Func<FakeRequest, FakeAction>? Script { get; set; }

    /// <summary>Called after a hanging request was recorded (the crash test kills the sender here).</summary>
    public Action<FakeRequest>? OnHang { get; set; }

    /// <summary>Telegram limits to enforce; null disables enforcement.</summary>
    public FakeRateLimits? TelegramLimits { get; set; }


    /// <summary>Discord sends answered with an earlier message because the nonce matched.</summary>
    public int NonceHits => _nonceHits;

    private int _nonceHits;

    public static async Task<FakeChatServer> StartAsync()
    {
        FakeChatServer? fake = null;
        var server = await LoopbackServer.StartAsync(context => fake!.RouteAsync(context));
        fake = new FakeChatServer(server);
        return fake;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private Task RouteAsync(HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (context.Request.Method, segments) switch
        {
            ("POST", [var bot, "sendMessage"]) when bot.StartsWith("bot", StringComparison.Ordinal) => TelegramAsync(context, LifeOf(bot)),
            ("POST", ["api", "v10", "channels", var channel, "messages"]) => DiscordAsync(context, channel, LifeOf(context.Request.Headers.Authorization.ToString())),
            _ => WriteJsonAsync(context, 404, new { ok = false, error_code = 404, description = "Not Found", message = "404: Not Found" }),
        };
    }

    /// <summary>The generation named by a token from <see cref="TokensFor"/>; 0 for any other token.</summary>
    private static int LifeOf(string token)
    {
        var at = token.LastIndexOf("crash-life-", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(token.AsSpan(at + "crash-life-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var life) ? life : 0;
    }

    private async Task TelegramAsync(HttpContext context, int life)
    {
        var body = await ReadBodyAsync(context);
        var json = JsonNode.Parse(body)!;
        var chatId = json["chat_id"]!.ToJsonString().Trim('"');
        var request = Record(new FakeRequest("telegram", chatId, body, null, false, TimeProvider.System.GetUtcNow(), life));
        var action = Script?.Invoke(request) ?? FakeAction.Accept;
        if (action.Kind == FakeActionKind.Accept && TelegramLimits is { } limits && !limits.TryAdmit(chatId))
        {
            action = new FakeAction(FakeActionKind.RateLimit, 1);
        }

        switch (action.Kind)
        {
            case FakeActionKind.Accept:
                var id = Create(request);
                await WriteJsonAsync(context, 200, new { ok = true, result = new { message_id = long.Parse(id, CultureInfo.InvariantCulture), date = 0, chat = new { id = long.Parse(chatId, CultureInfo.InvariantCulture), type = chatId.StartsWith('-') ? "supergroup" : "private" }, text = "ok" } });
                return;
            case FakeActionKind.RateLimit:
                var seconds = (int)Math.Ceiling(action.RetryAfterSeconds);
                await TelegramErrorAsync(context, 429, $"Too Many Requests: retry after {seconds}", new { retry_after = seconds });
                return;
            case FakeActionKind.Migrate:
                await TelegramErrorAsync(context, 400, "Bad Request: group chat was upgraded to a supergroup chat", new { migrate_to_chat_id = long.Parse(action.NewChatId!, CultureInfo.InvariantCulture) });
                return;
            case FakeActionKind.Forbidden:
                await TelegramErrorAsync(context, 403, "Forbidden: bot was kicked from the group chat", null);
                return;
            case FakeActionKind.NotFound:
                await TelegramErrorAsync(context, 400, "Bad Request: chat not found", null);
                return;
            case FakeActionKind.BadRequest:
                await TelegramErrorAsync(context, 400, "Bad Request: can't parse entities: unsupported start tag", null);
                return;
            case FakeActionKind.Unauthorized:
                await TelegramErrorAsync(context, 401, "Unauthorized", null);
                return;
            default:
                await FaultAsync(context, request, action);
                return;
        }
    }

    private async Task DiscordAsync(HttpContext context, string channel, int life)
    {
        var body = await ReadBodyAsync(context);
        var json = JsonNode.Parse(body)!;
        var nonce = json["nonce"]?.ToJsonString().Trim('"');
        var enforce = json["enforce_nonce"]?.GetValue<bool>() ?? false;
        var request = Record(new FakeRequest("discord", channel, body, nonce, enforce, TimeProvider.System.GetUtcNow(), life));
        var action = Script?.Invoke(request) ?? FakeAction.Accept;
        context.Response.Headers["X-RateLimit-Bucket"] = "fake-create-message";
        context.Response.Headers["X-RateLimit-Limit"] = "1000";
        context.Response.Headers["X-RateLimit-Remaining"] = "999";
        context.Response.Headers["X-RateLimit-Reset-After"] = "1";
        switch (action.Kind)
        {
            case FakeActionKind.Accept:
                var id = Create(request);
                await WriteJsonAsync(context, 200, new { id, channel_id = channel, content = json["content"]?.GetValue<string>(), nonce });
                return;
            case FakeActionKind.RateLimit:
                context.Response.Headers["Retry-After"] = Math.Ceiling(action.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Scope"] = "user";
                await WriteJsonAsync(context, 429, new { message = "You are being rate limited.", retry_after = action.RetryAfterSeconds, global = false });
                return;
            case FakeActionKind.Forbidden:
                await WriteJsonAsync(context, 403, new { message = "Missing Access", code = 50001 });
                return;
            case FakeActionKind.NotFound:
                await WriteJsonAsync(context, 404, new { message = "Unknown Channel", code = 10003 });
                return;
            case FakeActionKind.BadRequest:
                await WriteJsonAsync(context, 400, new { message = "Invalid Form Body", code = 50035 });
                return;
            case FakeActionKind.Unauthorized:
                await WriteJsonAsync(context, 401, new { message = "401: Unauthorized", code = 0 });
                return;
            default:
                await FaultAsync(context, request, action);
                return;
        }
    }

    private async Task FaultAsync(HttpContext context, FakeRequest request, FakeAction action)
    {
        switch (action.Kind)
        {
            case FakeActionKind.AcceptThenHang or FakeActionKind.Hang:
                if (action.Kind == FakeActionKind.AcceptThenHang)
                {
                    Create(request);
                }

                OnHang?.Invoke(request);
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up or died: exactly the point.
                }

                return;
            case FakeActionKind.Abort:
                context.Abort();
                return;
            case FakeActionKind.BadGateway:
                context.Response.StatusCode = 502;
                await context.Response.WriteAsync("<html>502 Bad Gateway</html>");
                return;
            default:
                await WriteJsonAsync(context, 500, new { ok = false, error_code = 500, description = "Internal Server Error", message = "Internal Server Error" });
                return;
        }
    }

    private FakeRequest Record(FakeRequest request)
    {
        Requests.Enqueue(request);
        return request;
    }

    private string Create(FakeRequest request)
    {
        if (request.Platform == "discord" && request.EnforceNonce && request.Nonce is { } nonce)
        {
            var fresh = Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
            var existing = _nonces.GetOrAdd((request.ChatId, nonce), fresh);
            if (existing != fresh)
            {
                Interlocked.Increment(ref _nonceHits);
                return existing;
            }

            Ledger.Enqueue(new LedgerEntry(request.Platform, request.ChatId, request.Body, nonce, fresh, TimeProvider.System.GetUtcNow(), request.Life));
            return fresh;
        }

        var id = Interlocked.Increment(ref _nextMessageId).ToString(CultureInfo.InvariantCulture);
        Ledger.Enqueue(new LedgerEntry(request.Platform, request.ChatId, request.Body, request.Nonce, id, TimeProvider.System.GetUtcNow(), request.Life));
        return id;
    }

    private static Task TelegramErrorAsync(HttpContext context, int status, string description, object? parameters) =>
        WriteJsonAsync(context, status, parameters is null
            ? new { ok = false, error_code = status, description }
            : (object)new { ok = false, error_code = status, description, parameters });

    private static async Task WriteJsonAsync(HttpContext context, int status, object value)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(value));
    }

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }
}
