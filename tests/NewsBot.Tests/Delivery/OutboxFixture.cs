using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Delivery;

/// <summary>A migrated database of the running test case's provider (<see cref="TestStore"/>) with helpers to seed chats and outbox rows.</summary>
internal sealed class OutboxFixture : IAsyncDisposable
{
    private readonly ServiceProvider _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly List<Dispatcher> _dispatchers = [];

    private readonly TestStore _store = new();

    private OutboxFixture(TimeProvider clock)
    {
        Clock = clock;
        Database = new Database(Options.Create(Storage), clock, NullLogger<Database>.Instance);
    }

    public string Directory => Storage.DataDirectory;

    public TimeProvider Clock { get; }

    public StorageOptions Storage => _store.Options;

    public Database Database { get; }

    /// <summary>The meter factory behind this fixture's dispatchers (the Scope of their meters).</summary>
    public System.Diagnostics.Metrics.IMeterFactory MeterFactory => _metricsServices.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    public static async Task<OutboxFixture> CreateAsync(TimeProvider? clock = null)
    {
        var fixture = new OutboxFixture(clock ?? TestClock.Create());
        await fixture.Database.MigrateAsync(CancellationToken.None);
        await fixture.ExecuteAsync(
            "INSERT INTO companies (slug, name, updated_at) VALUES ('acme', 'Acme', 0)");
        return fixture;
    }

    public static Alert SampleAlert(string title) => new(
        "Acme",
        IncidentType.DataLeak,
        IsUpdate: false,
        new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
        title,
        "Data pelanggan bocor.",
        [new AlertSource("Contoh", "https://example.com/a", title, "id")],
        IncidentFacts.None,
        "Anda mengikuti Acme.");

    public Dispatcher CreateDispatcher(DeliveryOptions options, params IChatPlatform[] platforms) =>
        CreateDispatcher(options, NullLogger<Dispatcher>.Instance, platforms);

    public Dispatcher CreateDispatcher(DeliveryOptions options, Microsoft.Extensions.Logging.ILogger<Dispatcher> logger, params IChatPlatform[] platforms)
    {
        var dispatcher = new Dispatcher(
            Database,
            platforms,
            Clock,
            Options.Create(options),
            logger,
            new DeliveryMetrics(MeterFactory));
        _dispatchers.Add(dispatcher);
        return dispatcher;
    }

    public async Task<long> AddChatAsync(string platform, string externalId, ChatKind kind = ChatKind.Group)
    {
        var id = await ScalarAsync(
            "INSERT INTO chats (platform, external_id, kind, created_at) VALUES (@p, @e, @k, 0) RETURNING id",
            ("p", platform), ("e", externalId), ("k", kind.ToString()));
        await ExecuteAsync("INSERT INTO subscriptions (chat_id, company_slug, created_at) VALUES (@c, 'acme', 0)", ("c", id));
        return id;
    }

    /// <summary>Adds one incident and one pending outbox row per chat, the way the incident transaction does.</summary>
    public async Task<List<long>> AddAlertAsync(string title, params long[] chatIds)
    {
        var now = Clock.GetUtcNow().ToMs();
        var incident = await ScalarAsync(
            """
            INSERT INTO incidents (company_slug, type, status, title, summary, first_reported_at, updated_at, created_at)
            VALUES ('acme', 'DataLeak', 'Confirmed', @t, 's', @now, @now, @now) RETURNING id
            """,
            ("t", title), ("now", now));
        var rows = new List<long>();
        foreach (var chat in chatIds)
        {
            rows.Add(await ScalarAsync(
                """
                INSERT INTO outbox (chat_id, incident_id, alert_key, payload, state, next_attempt_at, created_at)
                VALUES (@chat, @incident, @key, @payload, 'pending', @now, @now) RETURNING id
                """,
                ("chat", chat), ("incident", incident), ("key", "incident:" + incident.ToString(CultureInfo.InvariantCulture)),
                ("payload", AlertJson.Serialize(SampleAlert(title))), ("now", now)));
        }

        return rows;
    }

    public async Task<OutboxRowState> RowAsync(long id)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync(
            "SELECT state, attempts, next_attempt_at, platform_message_id, last_error, chat_id FROM outbox WHERE id = @id",
            r => new OutboxRowState(r.GetString(0), r.GetInt32(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.NullableString(3), r.NullableString(4), r.GetInt64(5)),
            parameters: [("id", id)]);
        return Assert.Single(rows);
    }

    public async Task<long> ScalarAsync(string sql, params (string, object?)[] parameters)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return Convert.ToInt64(await connection.ScalarAsync(sql, parameters: parameters), CultureInfo.InvariantCulture);
    }

    public async Task<string?> TextAsync(string sql, params (string, object?)[] parameters)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return (string?)await connection.ScalarAsync(sql, parameters: parameters);
    }

    public async Task ExecuteAsync(string sql, params (string, object?)[] parameters)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters: parameters);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dispatcher in _dispatchers)
        {
            dispatcher.Dispose();
        }

        await _metricsServices.DisposeAsync();
        _store.Dispose();
    }
}

internal sealed record OutboxRowState(string State, int Attempts, DateTimeOffset NextAttemptAt, string? MessageId, string? LastError, long ChatId);
