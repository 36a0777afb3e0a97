using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Subscriptions;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramBotBehaviourTests : IAsyncLifetime
{
    private const long Group = -100500;
    private TelegramBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await TelegramBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Startup_Always_GetMeDeleteWebhookAndIndonesianCommands()
    {
        List<FakeCall> commands = await _bot.WaitForCallsAsync("setMyCommands", 2);

        Assert.NotEmpty(_bot.Api.CallsTo("getMe"));
        Assert.NotEmpty(_bot.Api.CallsTo("deleteWebhook"));
        Assert.Contains(commands, c => !TelegramBotHarness.HasProperty(c, "language_code"));
        Assert.Contains(commands, c => c.Body.TryGetProperty("language_code", out var code) && code.GetString() == "id");
        string[] names = [.. commands[0].Body.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()!)];
        Assert.Equal(CommandCatalog.All.Select(c => c.Name), names);
        Assert.Contains("Ikuti", commands[0].Body.GetProperty("commands")[2].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_RestartAfterHandledUpdates_NoUpdateLostOrRepeated()
    {
        _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(11, 11, "/bantuan") });
        long second = _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(12, 12, "/bantuan") });
        await _bot.WaitUntilConfirmedAsync(second);

        await _bot.StopBotAsync();
        long third = _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(13, 13, "/bantuan") });
        await _bot.StartBotAsync();
        await _bot.WaitUntilConfirmedAsync(third);
        // The next poll asks only for later updates: from then on nothing can be handled twice.
        await _bot.WaitForPollFromAsync(third + 1);

        long?[] answered = [.. _bot.Api.CallsTo("sendMessage").Select(c => c.ChatId).Order()];
        Assert.Equal([11, 12, 13], answered);
        Assert.Contains(_bot.Api.CallsTo("getUpdates"), c => c.Body.TryGetProperty("offset", out var o) && o.GetInt64() == second + 1);
    }

    [Fact]
    public async Task Polling_GetUpdatesFails_BacksOffAndRecovers()
    {
        _bot.Api.FailNextCall("getUpdates", FakeFailure.ServerError);
        _bot.Api.FailNextCall("getUpdates", new FakeFailure(409, "Conflict: terminated by other getUpdates request"));
        _bot.Api.FailNextCall("getUpdates", FakeFailure.TooManyRequests(1));
        long id = _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(21, 21, "/mulai") });

        await _bot.WaitUntilConfirmedAsync(id);

        Assert.Single(await _bot.WaitForCallsAsync("sendMessage", 1, chatId: 21));
        Assert.True(_bot.Api.CallsTo("getUpdates").Count() >= 4);
    }

    [Fact]
    public async Task Group_MemberAdminAnonymousAndOtherBot_OnlyAdminsChangeSubscriptions()
    {
        _bot.Api.SetMember(Group, 31, "member");
        _bot.Api.SetMember(Group, 32, "administrator");
        JsonObject anonymous = Json.Message(Group, TelegramAdminCheck.AnonymousAdminUserId, "/ikuti tokopedia");
        anonymous["sender_chat"] = Json.Chat(Group);

        _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(Group, 31, "/ikuti@NewsBotTestBot xiaomi") });
        _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(Group, 31, "/ikuti@SomeOtherBot xiaomi") });
        _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(Group, 31, "/perintahlain") });
        _bot.Api.EnqueueUpdate(new() { ["message"] = Json.Message(Group, 32, "/ikuti xiaomi") });
        long last = _bot.Api.EnqueueUpdate(new() { ["message"] = anonymous });
        await _bot.WaitUntilConfirmedAsync(last);

        string[] replies = [.. (await _bot.WaitForCallsAsync("sendMessage", 3, Group)).Select(TelegramBotHarness.Text)];
        Assert.Equal(3, replies.Length);
        Assert.Equal(Texts.NotAdmin, replies[0]);
        Assert.Contains("mengikuti Xiaomi", replies[1], StringComparison.Ordinal);
        Assert.Contains("mengikuti Tokopedia", replies[2], StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Api.CallsTo("getChatMember"), c => c.Body.GetProperty("user_id").GetInt64() == TelegramAdminCheck.AnonymousAdminUserId);
        Assert.Equal(["tokopedia", "xiaomi"], await FollowedAsync(GroupAddress(Group)));
    }

    [Fact]
    public async Task ChannelPost_CommandSignedByTheChannel_SubscribesTheChannel()
    {
        const long Channel = -100777;
        var channelChat = new JsonObject { ["id"] = Channel, ["type"] = "channel", ["title"] = "Kanal Uji" };
        JsonObject post = Json.Message(Channel, 1, "/ikuti xiaomi");
        post.Remove("from");
        post["chat"] = channelChat;
        post["sender_chat"] = channelChat.DeepClone();

        long id = _bot.Api.EnqueueUpdate(new() { ["channel_post"] = post });
        await _bot.WaitUntilConfirmedAsync(id);

        var channel = new ChatAddress("telegram", Channel.ToString(System.Globalization.CultureInfo.InvariantCulture), ChatKind.Channel);
        Assert.Equal(["xiaomi"], await FollowedAsync(channel));
    }

    [Fact]
    public async Task MyChatMember_RemovedThenAdded_PausedThenWelcomedAndResumed()
    {
        await Chats().EnsureChatAsync(GroupAddress(Group), "Grup", CancellationToken.None);

        long removed = _bot.Api.EnqueueUpdate(new() { ["my_chat_member"] = Membership(Group, "member", "kicked") });
        await _bot.WaitUntilConfirmedAsync(removed);
        bool pausedAfterKick = await Chats().IsPausedAsync(GroupAddress(Group), CancellationToken.None);
        long added = _bot.Api.EnqueueUpdate(new() { ["my_chat_member"] = Membership(Group, "left", "administrator") });
        await _bot.WaitUntilConfirmedAsync(added);

        Assert.True(pausedAfterKick);
        Assert.False(await Chats().IsPausedAsync(GroupAddress(Group), CancellationToken.None));
        string welcome = TelegramBotHarness.Text(Assert.Single(await _bot.WaitForCallsAsync("sendMessage", 1, Group)));
        Assert.Equal(Texts.Welcome, TelegramHtmlParser.Parse(welcome).VisibleText);
    }

    [Fact]
    public async Task MyChatMember_PrivateBlocked_PausedWithoutMessage()
    {
        await Chats().EnsureChatAsync(new ChatAddress("telegram", "41", ChatKind.Private), null, CancellationToken.None);

        long id = _bot.Api.EnqueueUpdate(new() { ["my_chat_member"] = Membership(41, "member", "kicked") });
        await _bot.WaitUntilConfirmedAsync(id);

        Assert.True(await Chats().IsPausedAsync(new ChatAddress("telegram", "41", ChatKind.Private), CancellationToken.None));
        Assert.Empty(_bot.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task MigrateServiceMessage_GroupBecameSupergroup_SubscriptionsMoved()
    {
        const long oldGroup = -600;
        const long newGroup = -1000000000600;
        await _bot.Services.GetRequiredService<SubscriptionStore>().FollowAsync(GroupAddress(oldGroup), "Lama", "xiaomi", new HashSet<IncidentType>(), CancellationToken.None);
        JsonObject service = Json.Message(oldGroup, 5, "x");
        service.Remove("text");
        service["migrate_to_chat_id"] = newGroup;

        long id = _bot.Api.EnqueueUpdate(new() { ["message"] = service });
        await _bot.WaitUntilConfirmedAsync(id);

        Assert.Equal(["xiaomi"], await FollowedAsync(GroupAddress(newGroup)));
        Assert.Empty(await FollowedAsync(GroupAddress(oldGroup)));
    }

    [Theory]
    [InlineData("pg|insiden|2|xiaomi", true)]
    [InlineData("garbage", false)]
    public async Task CallbackQuery_AnyData_AlwaysAnsweredAndPagingEditsInPlace(string data, bool edits)
    {
        var callback = new JsonObject
        {
            ["id"] = "cb-" + data,
            ["from"] = Json.User(51),
            ["chat_instance"] = "1",
            ["data"] = data,
            ["message"] = Json.Message(51, 51, "Insiden privasi Xiaomi", messageId: 77),
        };

        long id = _bot.Api.EnqueueUpdate(new() { ["callback_query"] = callback });
        await _bot.WaitUntilConfirmedAsync(id);

        Assert.Equal("cb-" + data, Assert.Single(_bot.Api.CallsTo("answerCallbackQuery")).Body.GetProperty("callback_query_id").GetString());
        Assert.Equal(edits, _bot.Api.CallsTo("editMessageText").Any(c => c.Body.GetProperty("message_id").GetInt64() == 77));
    }

    private ChatStore Chats() => _bot.Services.GetRequiredService<ChatStore>();

    private async Task<IEnumerable<string>> FollowedAsync(ChatAddress chat) =>
        (await _bot.Services.GetRequiredService<SubscriptionStore>().RulesAsync(chat, CancellationToken.None)).Companies.Keys.Order(StringComparer.Ordinal);

    private static ChatAddress GroupAddress(long id) => new("telegram", id.ToString(System.Globalization.CultureInfo.InvariantCulture), ChatKind.Group);

    private static JsonObject Membership(long chatId, string oldStatus, string newStatus)
    {
        JsonObject Bot(string status) => new() { ["status"] = status, ["user"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "NewsBot" } };
        return new JsonObject
        {
            ["chat"] = Json.Chat(chatId),
            ["from"] = Json.User(32),
            ["date"] = 1767225600,
            ["old_chat_member"] = Bot(oldStatus),
            ["new_chat_member"] = Bot(newStatus),
        };
    }
}
