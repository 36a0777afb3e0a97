using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>Telegram through the loopback Bot API fake: a private chat, and a supergroup with an administrator and a member.</summary>
internal sealed class TelegramDriver : IConversationDriver
{
    private const long Owner = 4242;
    private const long Group = -100777;
    private const long Admin = 501;
    private const long Member = 502;
    private readonly TelegramBotHarness _bot;
    private readonly Dictionary<long, int> _answers = [];
    private int _messageId;
    private FakeCall? _last;

    private TelegramDriver(TelegramBotHarness bot)
    {
        _bot = bot;
        bot.Api.SetMember(Group, Admin, "administrator");
        bot.Api.SetMember(Group, Member, "member");
    }

    public IServiceProvider Services => _bot.Services;

    public bool HasGroups => true;

    public static async Task<TelegramDriver> StartAsync() => new(await TelegramBotHarness.StartAsync(new(ConversationScenario.Unthrottled)));

    public async Task<string> SendAsync(ScenarioStep command)
    {
        var (chat, user) = command.Sender switch
        {
            ScenarioSender.GroupAdmin => (Group, Admin),
            ScenarioSender.GroupMember => (Group, Member),
            _ => (Owner, Owner),
        };
        if (command.IsPress)
        {
            return await PressAsync(command, chat, user);
        }

        var expected = _answers.GetValueOrDefault(chat) + 1;
        _answers[chat] = expected;
        _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(chat, user, command.Line, messageId: ++_messageId) });
        var calls = await _bot.WaitForCallsAsync("sendMessage", expected, chat, seconds: 60);
        Assert.True(calls.Count >= expected, $"no Telegram answer to {command}");

        _last = calls[expected - 1];
        return Visible(_last, command);
    }

    /// <summary>Taps a button under the last answer: a callback query, answered by editing that message.</summary>
    private async Task<string> PressAsync(ScenarioStep command, long chat, long user)
    {
        var buttons = _last!.Body.GetProperty("reply_markup").GetProperty("inline_keyboard").EnumerateArray().SelectMany(row => row.EnumerateArray());
        var next = buttons.Single(b => b.GetProperty("text").GetString() == command.Button).GetProperty("callback_data").GetString()!;
        var edits = _bot.Api.CallsTo("editMessageText").Count() + 1;
        var callback = new JsonObject
        {
            ["id"] = $"cb-{++_messageId}",
            ["from"] = Json.User(user),
            ["chat_instance"] = "1",
            ["data"] = next,
            ["message"] = Json.Message(chat, user, "", messageId: 1),
        };
        _bot.Api.EnqueueUpdate(new() { ["callback_query"] = callback });
        var calls = await _bot.WaitForCallsAsync("editMessageText", edits, seconds: 60);
        Assert.True(calls.Count >= edits, $"no edit after {command}");
        _last = calls[edits - 1];
        return Visible(_last, command);
    }

    // What Telegram would show: the HTML must parse as Telegram parses it, user text never becomes markup.
    private static string Visible(FakeCall call, ScenarioStep command)
    {
        var html = TelegramBotHarness.Text(call);
        var parsed = TelegramHtmlParser.Parse(html);
        Assert.True(parsed.Ok, $"{command}: {parsed.Error}\n{html}");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        return WebUtility.HtmlDecode(html);
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
