using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat.Telegram;
using NewsBot.Storage;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>
/// Telegram through the npm emulator telegram-test-api: the user's command goes into the emulator as a client
/// (/sendCommand, /sendCallback), the real bot polls it with Telegram.Bot, and the answer is read back from what the
/// emulator stored, in a private chat and a basic group. No step is skipped: the emulator has no getChatMember, so
/// the loopback fake in front of it answers that one method (scripted administrator and member) and forwards every
/// other call; it also refuses bad HTML or overlong text as Telegram does, because the emulator stores any text, so
/// such a reply would be missing here.
/// </summary>
internal sealed class TelegramEmulatorDriver : IConversationDriver
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static int s_instances;
    private readonly TelegramEmulatorFixture _emulator;
    private readonly TelegramBotHarness _bot;
    private EmulatorMessage? _last;

    private TelegramEmulatorDriver(TelegramEmulatorFixture emulator, TelegramBotHarness bot)
    {
        // Drivers share one emulator per test class: each gets chats and users of its own.
        int instance = Interlocked.Increment(ref s_instances);
        _emulator = emulator;
        _bot = bot;
        Owner = 7000 + instance;
        Group = -7000 - instance;
        Admin = 8000 + instance;
        Member = 9000 + instance;
        bot.Api.SetMember(Group, Admin, "administrator");
        bot.Api.SetMember(Group, Member, "member");
    }

    public long Owner { get; }

    public long Group { get; }

    public long Admin { get; }

    public long Member { get; }

    public IServiceProvider Services => _bot.Services;

    public bool HasGroups => true;

    /// <summary>The last answer as the emulator stored it (HTML as sent).</summary>
    public IReadOnlyList<EmulatorMessage> LastAnswer { get; private set; } = [];

    /// <param name="chatSettings">Replace <see cref="ConversationScenario.Unthrottled"/> (e.g. to test the throttle).</param>
    public static async Task<TelegramEmulatorDriver> StartAsync(TelegramEmulatorFixture emulator, Dictionary<string, string?>? chatSettings = null)
    {
        var settings = new Dictionary<string, string?>(chatSettings ?? ConversationScenario.Unthrottled)
        {
            // The emulator answers getUpdates at once (no long polling): poll again after a short pause.
            ["Telegram:PollTimeout"] = "00:00:00",
            ["Telegram:PollIdleDelay"] = "00:00:00.050",
        };
        return new(emulator, await TelegramBotHarness.StartAsync(settings, emulator.BaseUrl));
    }

    public async Task<string> SendAsync(ScenarioStep command)
    {
        var (chat, user) = command.Sender switch
        {
            ScenarioSender.GroupAdmin => (Group, Admin),
            ScenarioSender.GroupMember => (Group, Member),
            _ => (Owner, Owner),
        };
        string? offset = await OffsetAsync();
        if (command.IsPress)
        {
            return await PressAsync(command, chat, user, offset);
        }

        await _emulator.SendCommandAsync(FakeBotApi.Token, Json.User(user), Chat(chat), command.Line);
        await WaitUntilHandledAsync(offset, command);
        LastAnswer = await _emulator.ReadBotMessagesAsync(FakeBotApi.Token, chat);
        // Exactly one: none means the reply was refused or lost, two a resend (e.g. after a misread API answer).
        Assert.True(LastAnswer.Count == 1, $"the emulator holds {LastAnswer.Count} answers to {command}");
        _last = LastAnswer[0];
        return Visible(_last, command);
    }

    /// <summary>Presses a button under the last answer; the bot edits that message in the emulator.</summary>
    private async Task<string> PressAsync(ScenarioStep command, long chat, long user, string? offset)
    {
        var buttons = _last!.Body.GetProperty("reply_markup").GetProperty("inline_keyboard").EnumerateArray().SelectMany(row => row.EnumerateArray());
        string data = buttons.Single(b => b.GetProperty("text").GetString() == command.Button).GetProperty("callback_data").GetString()!;
        var message = new JsonObject
        {
            ["message_id"] = _last.MessageId,
            ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = Chat(chat),
            ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "NewsBot" },
            ["text"] = _last.Text,
        };
        await _emulator.SendCallbackAsync(FakeBotApi.Token, Json.User(user), message, data);
        await WaitUntilHandledAsync(offset, command);
        Assert.Empty(await _emulator.ReadBotMessagesAsync(FakeBotApi.Token, chat));
        _last = await _emulator.BotMessageAsync(FakeBotApi.Token, _last.MessageId);
        LastAnswer = [_last!];
        return Visible(_last!, command);
    }

    // A basic group (the emulator passes the chat through as sent); the Bot API fake's driver covers supergroups.
    private JsonObject Chat(long chat) =>
        chat == Group ? new() { ["id"] = chat, ["type"] = "group", ["title"] = "Grup Uji" } : Json.Chat(chat);

    // The poller stores the next offset only after the update's answer was sent, so a new offset means "answered".
    private async Task WaitUntilHandledAsync(string? before, ScenarioStep command)
    {
        var clock = Stopwatch.StartNew();
        while (await OffsetAsync() == before)
        {
            Assert.True(clock.Elapsed < Wait, $"the bot did not take {command} from the emulator within {Wait}");
            await Task.Delay(20);
        }
    }

    private Task<string?> OffsetAsync() =>
        _bot.Services.GetRequiredService<BotStateStore>().GetAsync(TelegramPollingService.OffsetKey, CancellationToken.None);

    // What Telegram would show: the stored HTML must parse as Telegram parses it; user text never becomes markup.
    private static string Visible(EmulatorMessage message, ScenarioStep command)
    {
        Assert.Equal("HTML", message.Body.GetProperty("parse_mode").GetString(), ignoreCase: true);
        TelegramHtmlResult parsed = TelegramHtmlParser.Parse(message.Text);
        Assert.True(parsed.Ok, $"{command}: {parsed.Error}\n{message.Text}");
        Assert.DoesNotContain("<script", message.Text, StringComparison.OrdinalIgnoreCase);
        return parsed.VisibleText;
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
