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
/// and, when limits are on, checks every request on arrival: a global token bucket at the limit whose only slack is
/// 100 ms of arrival jitter (capacity = limit / 10, at least 1), and at most one message per chat per 950 ms.
/// A request over either limit is a violation and gets a 429.
/// </summary>
internal sealed class BenchChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly HashSet<(string Chat, string Text)> _seen = [];
    private readonly Dictionary<string, TimeSpan> _chatLast = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly double? _globalPerSecond;
    private double _tokens = -1;
    private TimeSpan _refilled;
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
                var capacity = Math.Max(1, rate / 10);
                _tokens = _tokens < 0 ? capacity : Math.Min(capacity, _tokens + ((now - _refilled).TotalSeconds * rate));
                _refilled = now;
                var chatTooSoon = _chatLast.TryGetValue(chat, out var last) && now - last < TimeSpan.FromMilliseconds(950);
                if (_tokens < 1 || chatTooSoon)
                {
                    Violations++;
                    context.Response.StatusCode = 429;
                    context.Response.ContentType = "application/json";
                    return;
                }

                _tokens -= 1;
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
