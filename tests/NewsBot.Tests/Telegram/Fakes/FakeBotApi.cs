using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>
/// A loopback fake of the Bot API on Kestrel (127.0.0.1, random port): <c>/bot{token}/{method}</c> with the
/// real envelope, real getUpdates offset semantics, HTML and length validation on sendMessage, scripted
/// failures per chat and optional flood control. Records every call.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    /// <summary>Shaped like a real token so the redaction pattern is exercised too.</summary>
    public const string Token = "123456789:CANARYfakeTokenAbcdefghijklmnopqrstu";

    public const long BotId = 123456789;
    public const string BotUsername = "NewsBotTestBot";

    private readonly WebApplication _app;
    private readonly HttpClient _forwarder = new();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<FakeFailure>> _failures = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFailure>> _methodFailures = new();
    private readonly ConcurrentDictionary<(long Chat, long User), string> _members = new();
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly Lock _updatesGate = new();
    private readonly List<JsonObject> _updates = [];
    private readonly SemaphoreSlim _updateArrived = new(0);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;
    private int _polling;
    private int _tooManyRequests;

    private FakeBotApi(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyCollection<FakeCall> Calls => _calls;

    /// <summary>Flood control; null (default) accepts every send.</summary>
    public FakeRateGate? RateGate { get; set; }

    /// <summary>429 answers given by <see cref="RateGate"/> or scripts.</summary>
    public int TooManyRequestsCount => Volatile.Read(ref _tooManyRequests);

    /// <summary>Longest a getUpdates call waits for new updates, whatever timeout it asks for.</summary>
    public TimeSpan MaxPollWait { get; set; } = TimeSpan.FromMilliseconds(200);

    public string? WebhookUrl { get; private set; }

    /// <summary>
    /// When set, every method except getChatMember is forwarded to this Bot API (the npm emulator), so an
    /// end-to-end test gets the emulator's behaviour plus scripted admin statuses it cannot emulate. Texts are
    /// checked first as Telegram checks them (HTML entities, length), which the emulator does not do.
    /// </summary>
    public Uri? Upstream { get; set; }

    public string? WebhookSecret { get; private set; }

    /// <summary>While true, sendMessage never answers: the request stays on the wire until the client gives up.</summary>
    public bool HoldSends { get; set; }

    public static async Task<FakeBotApi> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var fake = new FakeBotApi(app);
        app.Map("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address + "/");
        return fake;
    }

    /// <summary>The next send to <paramref name="chatId"/> fails with <paramref name="failure"/>.</summary>
    public void FailNext(long chatId, FakeFailure failure) => _failures.GetOrAdd(chatId, _ => new()).Enqueue(failure);

    /// <summary>The next call of <paramref name="method"/> (any chat) fails with <paramref name="failure"/>.</summary>
    public void FailNextCall(string method, FakeFailure failure) => _methodFailures.GetOrAdd(method.ToLowerInvariant(), _ => new()).Enqueue(failure);

    public void SetMember(long chatId, long userId, string status) => _members[(chatId, userId)] = status;

    /// <summary>Queues an update; <paramref name="payload"/> is e.g. <c>{"message": {...}}</c>. Returns its update_id.</summary>
    public long EnqueueUpdate(JsonObject payload)
    {
        lock (_updatesGate)
        {
            long id = _nextUpdateId++;
            payload["update_id"] = id;
            _updates.Add(payload);
            _updateArrived.Release();
            return id;
        }
    }

    public int PendingUpdates
    {
        get
        {
            lock (_updatesGate)
            {
                return _updates.Count;
            }
        }
    }

    public IEnumerable<FakeCall> CallsTo(string method) => _calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _updateArrived.Dispose();
        _forwarder.Dispose();
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        JsonElement body = await ReadBodyAsync(context.Request);
        string originalMethod = method;
        method = method.ToLowerInvariant();
        _calls.Enqueue(new FakeCall(method, token, body, TimeProvider.System.GetUtcNow()));
        if (HoldSends && method == "sendmessage")
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (Upstream is not null && method is "sendmessage" or "editmessagetext" && CheckText(body).Error is string invalid)
        {
            // The emulator stores any text; Telegram refuses bad HTML or length, so such a reply never reaches the chat.
            (int code, JsonNode refusal) = BadRequest(invalid);
            context.Response.StatusCode = code;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(refusal.ToJsonString(), context.RequestAborted);
            return;
        }

        if (Upstream is not null && method != "getchatmember")
        {
            using var content = new StringContent(body.GetRawText(), System.Text.Encoding.UTF8, "application/json");
            using HttpResponseMessage forwarded = await _forwarder.PostAsync(new Uri(Upstream, $"./bot{token}/{originalMethod}"), content, context.RequestAborted);
            context.Response.StatusCode = (int)forwarded.StatusCode;
            context.Response.ContentType = "application/json";
            await forwarded.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
            return;
        }

        (int status, JsonNode reply) = token != Token
            ? Error(FakeFailure.Unauthorized)
            : _methodFailures.TryGetValue(method, out var scripted) && scripted.TryDequeue(out FakeFailure? failure)
                ? Error(failure)
                : await DispatchAsync(method, body, context.RequestAborted);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.ToJsonString(), context.RequestAborted);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        string text = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement.Clone();
    }

    private (int, JsonNode) Error(FakeFailure failure)
    {
        if (failure.Code == 429)
        {
            Interlocked.Increment(ref _tooManyRequests);
        }

        var envelope = new JsonObject { ["ok"] = false, ["error_code"] = failure.Code, ["description"] = failure.Description };
        if (failure.RetryAfter is not null || failure.MigrateToChatId is not null)
        {
            var parameters = new JsonObject();
            if (failure.RetryAfter is int seconds)
            {
                parameters["retry_after"] = seconds;
            }

            if (failure.MigrateToChatId is long newId)
            {
                parameters["migrate_to_chat_id"] = newId;
            }

            envelope["parameters"] = parameters;
        }

        return (failure.Code, envelope);
    }

    private static (int, JsonNode) Ok(JsonNode? result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static (int, JsonNode) BadRequest(string description) => (400, new JsonObject { ["ok"] = false, ["error_code"] = 400, ["description"] = "Bad Request: " + description });
}
