using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat;

/// <summary>The real router, stores and a migrated database (the host is built, not started), plus seeding helpers.</summary>
public sealed class ConversationHost : IAsyncDisposable
{
    public static readonly ChatAddress Group = new("telegram", "-100", ChatKind.Group);
    public static readonly ChatAddress Private = new("discord", "55", ChatKind.Private);

    private readonly TestStore _store = new();
    private IHost _host = null!;

    public IServiceProvider Services => _host.Services;

    public static async Task<ConversationHost> StartAsync()
    {
        var host = new ConversationHost();
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(SharedFolder.RepositoryRoot, "appsettings.example.json"))
            .Build()
            .AsEnumerable()
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        host._store.ApplyTo(settings);
        host._host = NewsBotHost.Create([], settings);
        await host.Services.GetRequiredService<Database>().MigrateAsync(CancellationToken.None);
        return host;
    }

    public async Task<string> SendAsync(string name, string argument, bool canManage = true, ChatAddress? chat = null, string user = "u1") =>
        (await ReplyAsync(name, argument, canManage, chat, user)).Text;

    public Task<Reply> ReplyAsync(string name, string argument, bool canManage = true, ChatAddress? chat = null, string user = "u1", int page = 1) =>
        Services.GetRequiredService<CommandRouter>().HandleAsync(new ChatCommand(chat ?? Group, "Grup Uji", user, canManage, name, argument, page), CancellationToken.None);

    public async Task ExecuteAsync(string sql, params (string, object?)[] parameters)
    {
        await using var connection = await Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters: parameters);
    }

    /// <summary>A company row, a feed, a relevant article and (unless <paramref name="withIncident"/> is false) an incident.</summary>
    public async Task<long> SeedIncidentAsync(string slug, string name, string title, DateTimeOffset at, string type = "DataLeak", bool withIncident = true, string lead = "")
    {
        await ExecuteAsync("INSERT INTO companies (slug, name, updated_at) VALUES (@s, @n, 0) ON CONFLICT DO NOTHING", ("s", slug), ("n", name));
        await ExecuteAsync("INSERT INTO feeds (url, name, created_at) VALUES ('https://seed.invalid/feed', 'Seed News', 0) ON CONFLICT DO NOTHING");
        long? incident = null;
        if (withIncident)
        {
            await using var connection = await Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
            incident = Convert.ToInt64(await connection.ScalarAsync(
                """
                INSERT INTO incidents (company_slug, type, status, title, summary, first_reported_at, updated_at, created_at)
                VALUES (@s, @t, 'Alleged', @title, '', @at, @at, @at) RETURNING id
                """,
                parameters: [("s", slug), ("t", type), ("title", title), ("at", at.ToUnixTimeMilliseconds())]), System.Globalization.CultureInfo.InvariantCulture);
            await ExecuteAsync("INSERT INTO incident_companies (incident_id, company_slug) VALUES (@i, @s)", ("i", incident), ("s", slug));
        }

        await ExecuteAsync(
            """
            INSERT INTO articles (feed_id, item_key_hash, url, title, outlet, published_at, first_seen_at, relevant, incident_type, lead, summary, incident_id)
            VALUES ((SELECT id FROM feeds WHERE url = 'https://seed.invalid/feed'), @key, @url, @title, 'Seed News', @at, @at, 1, @t, @lead, '', @i)
            """,
            ("key", Guid.NewGuid().ToString()), ("url", $"https://seed.invalid/{Guid.NewGuid():N}"), ("title", title), ("at", at.ToUnixTimeMilliseconds()),
            ("t", type), ("lead", lead), ("i", incident));
        return incident ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        _store.Dispose();
    }
}
