using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Benchmarks.Polling;

/// <summary>What one farm feed does: out of every 100 feeds, 90 quiet (304), 8 news, 1 slow (5 s), 1 failing.</summary>
internal enum FeedKind { Quiet, News, Slow, Failing }

/// <summary>
/// N feeds on 127.0.0.1, spread over several ports (one port = one "host" for politeness). Quiet feeds answer
/// 304 to their validators; news feeds publish one new item per interval at their own moment (200 once, then 304);
/// slow feeds answer after 5 s; failing feeds answer 500, reset the connection, hang, 404 or 410. Every request
/// is counted per feed and interval.
/// </summary>
internal sealed class FeedFarm : IAsyncDisposable
{
    private static readonly string[] Companies = ["Tokopedia", "Gojek", "Bukalapak", "Shopee", "Lazada", "Blibli", "Traveloka", "Telkomsel"];
    private static readonly DateTimeOffset OldItems = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly WebApplication _app;
    private readonly TimeSpan _interval;
    private readonly TimeSpan[] _offsets;
    private readonly int[][] _checks;
    private List<Uri> _hosts = [];

    private FeedFarm(WebApplication app, TimeProvider clock, int feeds, TimeSpan interval, int intervals, int seed)
    {
        _app = app;
        Clock = clock;
        Start = clock.GetUtcNow();
        _interval = interval;
        var random = new Random(seed);
        _offsets = [.. Enumerable.Range(0, feeds).Select(_ => interval * random.NextDouble())];
        _checks = [.. Enumerable.Range(0, intervals + 1).Select(_ => new int[feeds])];
    }

    /// <summary>The wall clock the farm and the harness share: the child process runs on real time.</summary>
    public TimeProvider Clock { get; }

    public DateTimeOffset Start { get; set; }

    public int Count => _offsets.Length;

    public static FeedKind Kind(int feed) => (feed % 100) switch
    {
        < 90 => FeedKind.Quiet,
        < 98 => FeedKind.News,
        98 => FeedKind.Slow,
        _ => FeedKind.Failing,
    };

    public static async Task<FeedFarm> StartAsync(int feeds, int feedsPerHost, TimeSpan interval, int intervals, int seed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var ports = (feeds + feedsPerHost - 1) / feedsPerHost;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            for (var i = 0; i < ports; i++)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var farm = new FeedFarm(app, TimeProvider.System, feeds, interval, intervals, seed);
        app.Run(farm.HandleAsync);
        await app.StartAsync();
        farm._hosts = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a))];
        return farm;
    }

    public IReadOnlyList<int> Ports => [.. _hosts.Select(h => h.Port)];

    // Shifted by one host per hundred feeds: the slow and failing feeds of each hundred land on different hosts.
    public Uri Url(int feed) => new(_hosts[((feed / 100) + feed) % _hosts.Count], $"/f/{feed}.xml");

    /// <summary>When item <paramref name="number"/> (1, 2, …) of a news feed appears.</summary>
    public DateTimeOffset Appears(int feed, int number) => Start + _offsets[feed] + (_interval * (number - 1));

    /// <summary>Requests of each feed in interval <paramref name="index"/> (0-based from <see cref="Start"/>).</summary>
    public int[] Checks(int index) => _checks[index];

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/f/", StringComparison.Ordinal) || !int.TryParse(path.AsSpan(3, path.Length - 7), CultureInfo.InvariantCulture, out var feed) || feed >= Count)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var now = Clock.GetUtcNow();
        var index = (int)((now - Start) / _interval);
        if (index >= 0 && index < _checks.Length)
        {
            Interlocked.Increment(ref _checks[index][feed]);
        }

        switch (Kind(feed))
        {
            case FeedKind.Failing:
                await FailAsync(context, feed / 100 % 5);
                return;
            case FeedKind.Slow:
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                break;
        }

        var published = Kind(feed) == FeedKind.News ? Published(feed, now) : 0;
        var etag = $"\"{feed}-{published}\"";
        var modified = published == 0 ? OldItems : Appears(feed, published);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch == etag || (ifNoneMatch.Length == 0 && DateTimeOffset.TryParse(context.Request.Headers.IfModifiedSince, CultureInfo.InvariantCulture, out var since) && since >= modified.AddSeconds(-1)))
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(Body(context.Request, feed, published));
    }

    private int Published(int feed, DateTimeOffset now)
    {
        var elapsed = now - Start - _offsets[feed];
        return elapsed < TimeSpan.Zero ? 0 : (int)(elapsed / _interval) + 1;
    }

    private static async Task FailAsync(HttpContext context, int kind)
    {
        switch (kind)
        {
            case 0:
                context.Response.StatusCode = 500;
                break;
            case 1:
                context.Abort();
                break;
            case 2:
                // Never answers: the fetcher's timeout ends it.
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case 3:
                context.Response.StatusCode = 404;
                break;
            default:
                context.Response.StatusCode = 410;
                break;
        }
    }

    private string Body(HttpRequest request, int feed, int published)
    {
        var origin = $"http://{request.Host}";
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Farm {feed}</title><link>{origin}/</link><description>Feed {feed}</description>");
        for (var number = published; number >= Math.Max(1, published - 4); number--)
        {
            // One new item in twenty is a privacy incident (about one of eight companies); the rest is other news.
            // Both are stored as articles, which is where freshness is measured.
            var relevant = (feed + number) % 20 == 0;
            var title = relevant
                ? $"Data jutaan pengguna {Companies[feed / 20 % Companies.Length]} bocor dan dijual di forum peretas (laporan {feed}-{number})"
                : $"Harga cabai di pasar induk naik menjelang akhir pekan (laporan {feed}-{number})";
            Item(xml, $"{origin}/a/{feed}/{number}", title, Appears(feed, number), relevant ? LeakText : MarketText);
        }

        for (var old = 1; old <= 3; old++)
        {
            Item(xml, $"{origin}/old/{feed}/{old}", $"Berita lama nomor {old} dari sumber {feed}", OldItems.AddDays(old), MarketText);
        }

        return xml.Append("</channel></rss>").ToString();
    }

    // Both longer than Feeds:TeaserLength, so the bot does not fetch the article page.
    private const string LeakText = "Peneliti keamanan menemukan basis data berisi nama, alamat surel, nomor telepon dan kata sandi yang di-hash milik jutaan pengguna. "
        + "Data tersebut dijual di sebuah forum peretas sejak pekan lalu. Perusahaan menyatakan sedang menyelidiki dugaan kebocoran data ini "
        + "dan meminta pengguna segera mengganti kata sandi serta mengaktifkan verifikasi dua langkah. Kementerian Komunikasi dan Digital "
        + "meminta penjelasan tertulis dan mengingatkan kewajiban pelaporan insiden dalam 3 x 24 jam sesuai Undang-Undang Pelindungan Data Pribadi.";

    private const string MarketText = "Harga cabai rawit di sejumlah pasar induk naik tajam menjelang akhir pekan karena pasokan dari daerah sentra berkurang. "
        + "Pedagang menyebut curah hujan tinggi membuat panen tertunda dan biaya angkut meningkat. Dinas perdagangan setempat berjanji menggelar "
        + "operasi pasar dan memantau stok agar harga kembali stabil. Warga diminta tidak memborong dan membeli sesuai kebutuhan rumah tangga, "
        + "sementara petani berharap cuaca membaik sehingga panen dapat segera dilakukan dan harga kembali normal dalam dua pekan ke depan.";

    private static void Item(StringBuilder xml, string link, string title, DateTimeOffset published, string text) =>
        xml.Append(CultureInfo.InvariantCulture, $"<item><title>{title}</title><link>{link}</link><guid>{link}</guid><pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{text}</description></item>");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
