using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>
/// Loopback fake of Telegram's sendMessage for the fan-out benchmark: counts accepted messages and duplicates
/// and, when limits are on, checks every request against them literally (at most the global limit in any sliding
/// second, at most one message per chat per second) and answers 429 on a violation.
/// </summary>
internal sealed class BenchChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly HashSet<(string Chat, string Text)> _seen = [];
    private readonly Dictionary<string, TimeSpan> _chatLast = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly double? _globalPerSecond;
    private readonly Queue<TimeSpan> _lastSecond = new();
    private long _nextId;

    private BenchChatServer(WebApplication app, double? globalPerSecond)
    {
        _app = app;
        _globalPerSecond = globalPerSecond;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public int Accepted { get; private set; }

    public int Duplicates { get; private set; }

    public int Violations { get; private set; }

    public TimeSpan? FirstAccepted { get; private set; }

    public TimeSpan? LastAccepted { get; private set; }

    public static async Task<BenchChatServer> StartAsync(double? globalPerSecond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new BenchChatServer(app, globalPerSecond);
        app.MapPost("/bot{token}/sendMessage", server.SendMessageAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task SendMessageAsync(HttpContext context)
    {
        var json = (await JsonNode.ParseAsync(context.Request.Body))!;
        var chat = json["chat_id"]!.ToJsonString().Trim('"');
        var text = json["text"]?.GetValue<string>() ?? "";
        long id;
        lock (_lock)
        {
            var now = _clock.Elapsed;
            if (_globalPerSecond is { } rate)
            {
                while (_lastSecond.Count > 0 && _lastSecond.Peek() <= now - TimeSpan.FromSeconds(1))
                {
                    _lastSecond.Dequeue();
                }

                var chatTooSoon = _chatLast.TryGetValue(chat, out var last) && now - last < TimeSpan.FromSeconds(1);
                if (_lastSecond.Count >= rate || chatTooSoon)
                {
                    Violations++;
                    context.Response.StatusCode = 429;
                    context.Response.ContentType = "application/json";
                    return;
                }

                _lastSecond.Enqueue(now);
                _chatLast[chat] = now;
            }

            Accepted++;
            FirstAccepted ??= now;
            LastAccepted = now;
            if (!_seen.Add((chat, text)))
            {
                Duplicates++;
            }

            id = ++_nextId;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            ok = true,
            result = new { message_id = id, date = 0, chat = new { id = long.Parse(chat, CultureInfo.InvariantCulture), type = "private" }, text },
        }));
    }
}
