using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Chat.Discord;
using NewsBot.Cli;
using NewsBot.Delivery;
using NewsBot.Feeds;
using NewsBot.Tests.Discord.Fakes;

namespace NewsBot.Tests.Discord;

/// <summary>
/// The real NewsBot host (sample feeds over loopback, fresh database) with Discord pointed at the loopback
/// fake: commands are registered, the Gateway connects, and tests drive it with INTERACTION_CREATE events.
/// </summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    public const string GuildId = "700";
    public const string ChannelId = "1";
    public const string ManageGuild = "32";
    public const string NoPermissions = "0";

    /// <summary>VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS.</summary>
    public const string BotPermissions = "19456";

    private readonly SampleFeedServer _feeds;
    private readonly DirectoryInfo _data;
    private readonly IHost _host;
    private readonly DiscordBotService _bot;
    private int _nextInteraction = 5000;

    private DiscordBotHarness(FakeDiscord fake, SampleFeedServer feeds, DirectoryInfo data, IHost host, DiscordBotService bot)
    {
        Fake = fake;
        _feeds = feeds;
        _data = data;
        _host = host;
        _bot = bot;
    }

    public FakeDiscord Fake { get; }

    public IServiceProvider Services => _host.Services;

    public ChatAddress Channel { get; } = new(DiscordPlatform.PlatformName, ChannelId, ChatKind.Group);

    /// <param name="logs">When given, every log line of the host at Trace level goes there.</param>
    public static async Task<DiscordBotHarness> StartAsync(string? testGuildId = null, CapturingLoggerProvider? logs = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var fake = await FakeDiscord.StartAsync();
        fake.Rest.AddChannel(ChannelId, GuildId);
        var feeds = await SampleFeedServer.StartAsync(Path.Combine(AppContext.BaseDirectory, "samples"));
        var data = Directory.CreateTempSubdirectory("newsbot-discord-");
        var settings = Settings(fake, feeds, data.FullName, testGuildId);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        if (logs is not null)
        {
            settings["Logging:LogLevel:Default"] = "Trace";
            settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace";
        }

        var host = NewsBotHost.Create([], settings, builder =>
        {
            if (logs is not null)
            {
                builder.Logging.AddProvider(logs);
            }
        });
        foreach (var initializer in host.Services.GetServices<IHostedService>().OfType<StorageInitializer>())
        {
            await initializer.StartAsync(CancellationToken.None);
        }

        var bot = host.Services.GetServices<IHostedService>().OfType<DiscordBotService>().Single();
        await bot.StartAsync(CancellationToken.None);
        await FakeDiscord.WaitUntilAsync(() => fake.Gateway.HasLiveConnection && fake.Rest.CommandOverwrites > 0, "the bot to connect");
        return new DiscordBotHarness(fake, feeds, data, host, bot);
    }

    /// <summary>Sends an interaction over the Gateway and waits until the bot answered its callback.</summary>
    public async Task<FakeInteraction> InteractAsync(
        int type, string command, string argument, string permissions, bool focused = false, string appPermissions = BotPermissions, string? customId = null,
        object[]? filledOptions = null, string channelId = ChannelId)
    {
        var id = Interlocked.Increment(ref _nextInteraction).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var interaction = Fake.Rest.RegisterInteraction(id);
        object[] options = filledOptions ?? (argument.Length == 0 ? [] : [new { name = DiscordCommands.ArgumentName, type = 3, value = argument, focused }]);
        await Fake.Gateway.DispatchAsync("INTERACTION_CREATE", new
        {
            id,
            application_id = FakeDiscord.ApplicationId,
            type,
            token = interaction.Token,
            version = 1,
            guild_id = GuildId,
            channel_id = channelId,
            channel = new { id = channelId, type = 0, name = "berita" },
            member = new { user = new { id = "42", username = "admin" }, permissions },
            app_permissions = appPermissions,
            locale = "id",
            data = customId is null ? (object)new { id = "1", name = command, type = 1, options } : new { custom_id = customId, component_type = 2 },
        });
        await FakeDiscord.WaitUntilAsync(() => interaction.Answered, $"an answer to /{command}");
        return interaction;
    }

    public Task<FakeInteraction> CommandAsync(string command, string argument, string permissions = ManageGuild) =>
        InteractAsync(2, command, argument, permissions);

    /// <summary>
    /// A slash command as a user fills it in, checked against what the bot registered as Discord would: the argument
    /// goes into the command's first option (cut to its max_length, as the client stops typing there), the type into
    /// the option with choices and must be one of them. Commands without options get none.
    /// </summary>
    public Task<FakeInteraction> SlashAsync(string command, string argument, string? type, string permissions, string channelId)
    {
        var registered = Fake.Rest.Commands.Values.SelectMany(c => c.EnumerateArray()).First(c => c.GetProperty("name").GetString() == command);
        var defined = registered.TryGetProperty("options", out var list) ? [.. list.EnumerateArray()] : new List<JsonElement>();
        var options = new List<object>();
        if (argument.Length > 0 && defined.Count > 0)
        {
            var first = defined[0];
            var max = first.TryGetProperty("max_length", out var length) ? length.GetInt32() : 6000;
            if (first.TryGetProperty("choices", out var allowed))
            {
                Assert.Contains(argument, allowed.EnumerateArray().Select(c => c.GetProperty("value").GetString()));
            }

            options.Add(new { name = first.GetProperty("name").GetString(), type = 3, value = argument.Length > max ? argument[..max] : argument });
        }

        if (type is not null)
        {
            var option = defined.Single(o => o.TryGetProperty("choices", out _));
            var choices = option.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
            Assert.Contains(type, choices);
            options.Add(new { name = option.GetProperty("name").GetString(), type = 3, value = type });
        }

        return InteractAsync(2, command, argument, permissions, filledOptions: [.. options], channelId: channelId);
    }

    /// <summary>The answer the user ends up seeing: the callback, or after a deferral (types 5 and 6) the edited original.</summary>
    public async Task<JsonElement> FinalAnswerAsync(FakeInteraction interaction)
    {
        await FakeDiscord.WaitUntilAsync(
            () => Fake.Rest.Messages.Any(m => m.Target == interaction.Id && (interaction.CallbackType is not (5 or 6) || m.Kind == "original")),
            $"the final answer to interaction {interaction.Id}",
            seconds: 60);
        return LastAnswer(interaction);
    }

    /// <summary>The last message body recorded for an interaction (callback, or the edited original).</summary>
    public JsonElement LastAnswer(FakeInteraction interaction) =>
        Fake.Rest.Messages.Last(m => m.Target == interaction.Id).Body;

    /// <summary>Runs a forced feed check and delivers until nothing is pending; fails the test if that never happens.</summary>
    public async Task CheckFeedsAndDeliverAsync()
    {
        await Services.GetRequiredService<FeedChecker>().CheckAllAsync(force: true, CancellationToken.None);
        var dispatcher = Services.GetRequiredService<Dispatcher>();
        await FakeDiscord.WaitUntilAsync(
            async () =>
            {
                await dispatcher.DispatchDueAsync(CancellationToken.None);
                return await dispatcher.CountDeliverableAsync(CancellationToken.None) == 0;
            },
            "every alert to be delivered",
            seconds: 60);
    }

    private static Dictionary<string, string?> Settings(FakeDiscord fake, SampleFeedServer feeds, string data, string? testGuildId) => new()
    {
        ["Storage:DataDirectory"] = data,
        ["Feeds:Sources:0:Name"] = "SINDOnews",
        ["Feeds:Sources:0:Url"] = feeds.UrlOf("sindonews-tekno.xml"),
        ["Feeds:Sources:1:Name"] = "Media Indonesia",
        ["Feeds:Sources:1:Url"] = feeds.UrlOf("mediaindonesia-teknologi.xml"),
        ["Feeds:FirstFetchAlertWindow"] = "36500.00:00:00",
        ["Fetching:AllowedPrivateHosts:0"] = "127.0.0.1",
        ["Telegram:BotToken"] = "",
        ["Discord:BotToken"] = FakeDiscord.Token,
        ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
        ["Discord:TestGuildId"] = testGuildId,
        ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        ["Discord:GatewayUrl"] = fake.GatewayUrl.ToString(),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _bot.StopAsync(stop.Token);
        _bot.Dispose();
        _host.Dispose();
        await _feeds.DisposeAsync();
        await Fake.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
