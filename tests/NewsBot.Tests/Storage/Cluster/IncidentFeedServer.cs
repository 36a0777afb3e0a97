using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsBot.Companies;

namespace NewsBot.Tests.Storage.Cluster;

/// <summary>
/// A loopback news site of numbered RSS feeds (<c>/feed/{n}</c>). Every fourth feed carries one privacy incident about
/// its own tracked company; incident i appears in stage i mod 5, one feed interval after the previous stage (on this
/// server's clock), so alerts keep arriving while the instances run. Every fetch is logged with its time (this
/// server's clock) and the fetching instance (its User-Agent).
/// </summary>
internal sealed class IncidentFeedServer : IAsyncDisposable
{
    public const int Stages = 5;

    // Regulators are named as authorities, not as the company an incident is about.
    private static readonly HashSet<string> Regulators = ["ojk", "kominfo", "bssn", "polri"];

    private readonly LoopbackServer _server;
    private readonly DateTimeOffset _start = TimeProvider.System.GetUtcNow();
    private readonly TimeSpan _stage;

    private IncidentFeedServer(LoopbackServer server, TimeSpan stage, IReadOnlyList<Company> companies)
    {
        _server = server;
        _stage = stage;
        Companies = companies;
    }

    /// <summary>The companies incidents are about: incident i is about company i, served by feed 4i.</summary>
    public IReadOnlyList<Company> Companies { get; }

    public ConcurrentQueue<Fetch> Fetches { get; } = new();

    /// <summary>Called for every fetch before it is answered (the test kills the fetching instance here).</summary>
    public Action<Fetch>? OnFetch { get; set; }

    public Uri FeedUrl(int feed) => _server.Url($"/feed/{feed}");

    public static async Task<IncidentFeedServer> StartAsync(int incidents, TimeSpan stage)
    {
        // Standalone catalogue companies: no parent and no children, so an incident reaches exactly its own followers.
        var all = new CompanyCatalog(Options.Create(new CompanyOptions())).All;
        var parents = all.Select(c => c.ParentSlug).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var companies = all.Where(c => c.ParentSlug is null && !parents.Contains(c.Slug) && !Regulators.Contains(c.Slug)).Take(incidents).ToList();
        Assert.Equal(incidents, companies.Count);
        IncidentFeedServer? site = null;
        var server = await LoopbackServer.StartAsync(context => site!.ServeAsync(context));
        site = new IncidentFeedServer(server, stage, companies);
        return site;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        var now = TimeProvider.System.GetUtcNow();
        var feed = int.Parse(context.Request.Path.Value!.Split('/')[^1], CultureInfo.InvariantCulture);
        var fetch = new Fetch(feed, context.Request.Headers.UserAgent.ToString(), now);
        Fetches.Enqueue(fetch);
        OnFetch?.Invoke(fetch);
        var items = "";
        if (feed % 4 == 0 && feed / 4 < Companies.Count)
        {
            var incident = feed / 4;
            var appears = _start + (_stage * (incident % Stages));
            if (now >= appears)
            {
                items = Item(incident, Companies[incident].Name, appears);
            }
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync($"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {feed}</title><link>https://news.example/</link>{items}</channel></rss>""");
    }

    private static string Item(int incident, string company, DateTimeOffset published)
    {
        var millions = 2 + incident;
        var title = $"Data {millions} Juta Pengguna {company} Diduga Bocor dan Dijual di Forum Peretas";
        var text = $"Jakarta - Data milik {millions} juta pengguna {company} diduga bocor dan dijual di sebuah forum peretas. "
            + "Data yang dibagikan berisi nama, alamat email, nomor telepon, dan tanggal lahir.\n\n"
            + $"\"Kami sedang melakukan investigasi atas klaim tersebut,\" ujar juru bicara {company}.\n\nPengguna disarankan segera mengganti kata sandi.";
        return $"""
            <item><title>{SecurityElement.Escape(title)}</title><link>https://news.example/insiden/{incident}</link><guid>insiden-{incident}</guid>
            <pubDate>{published:R}</pubDate><description>{SecurityElement.Escape(text)}</description></item>
            """;
    }

    /// <summary>One feed request: which feed, which instance (User-Agent), when (this server's clock).</summary>
    public sealed record Fetch(int Feed, string Instance, DateTimeOffset At);
}
