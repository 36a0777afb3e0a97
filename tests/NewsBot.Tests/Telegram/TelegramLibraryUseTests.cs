using System.Net;
using NewsBot.Chat;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Telegram.Fakes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// NewsBot's use of Telegram.Bot against the strict loopback fake: the client as <see cref="TelegramSetup.CreateClient"/>
/// builds it (no library 429 retry), the wire shapes NewsBot relies on, and the error mapping of <see cref="TelegramErrors"/>.
/// </summary>
public sealed class TelegramLibraryUseTests : IAsyncLifetime, IDisposable
{
    private FakeBotApi _api = null!;
    private HttpClient _http = null!;
    private TelegramBotClient _client = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _http = new HttpClient();
        _client = TelegramSetup.CreateClient(new TelegramOptions { BotToken = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl }, _http);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task CreateClient_FloodControl_ThrowsAtOnceWithRetryAfterAndNoLibraryRetry()
    {
        _api.FailNext(42, FakeFailure.TooManyRequests(7));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(42, "x"));

        Assert.Single(_api.CallsTo("sendMessage"));
        Assert.Equal(SendOutcome.RateLimited(TimeSpan.FromSeconds(7)), TelegramErrors.ToOutcome(ex));
    }

    [Fact]
    public async Task SendMessage_GroupMigrated_MovedToNewId()
    {
        _api.FailNext(-42, FakeFailure.Migrated(-1009007199254740991));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(-42, "x"));

        Assert.Equal(SendStatus.ChatMoved, TelegramErrors.ToOutcome(ex).Status);
        Assert.Equal("-1009007199254740991", TelegramErrors.ToOutcome(ex).NewChatId);
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user", SendStatus.ChatGone)]
    [InlineData(400, "Bad Request: chat not found", SendStatus.ChatNotFound)]
    [InlineData(400, "Bad Request: message is too long", SendStatus.Rejected)]
    [InlineData(401, "Unauthorized", SendStatus.Unauthorized)]
    [InlineData(500, "Internal Server Error", SendStatus.Retry)]
    public async Task SendMessage_ApiError_MappedToOutcome(int code, string description, SendStatus expected)
    {
        _api.FailNext(42, new FakeFailure(code, description));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(42, "x"));

        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(expected, TelegramErrors.ToOutcome(ex).Status);
    }

    [Fact]
    public async Task NonEnvelopeAnswer_RequestExceptionWithStatus_Retried()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.InternalServerError, """{"message":"API method 'getChatMember' is not supported"}"""));
        TelegramBotClient client = TelegramSetup.CreateClient(new TelegramOptions { BotToken = FakeBotApi.Token, ApiBaseUrl = new Uri("http://127.0.0.1:1/") }, http);

        var ex = await Assert.ThrowsAsync<RequestException>(() => client.GetChatMember(-5, 7));

        Assert.IsNotType<ApiRequestException>(ex);
        Assert.Equal(HttpStatusCode.InternalServerError, ex.HttpStatusCode);
        Assert.Equal(SendStatus.Retry, TelegramErrors.ToOutcome(ex).Status);
    }

    [Fact]
    public async Task GetUpdates_OffsetAndAllowedUpdates_ConfirmsEarlierUpdatesOnly()
    {
        long first = _api.EnqueueUpdate(new() { ["message"] = Json.Message(1, 1, "satu") });
        long second = _api.EnqueueUpdate(new() { ["message"] = Json.Message(1, 1, "dua") });

        Update[] all = await _client.GetUpdates(null, 100, 0, TelegramStartup.AllowedUpdates);
        Update[] rest = await _client.GetUpdates((int)first + 1, 100, 0);

        Assert.Equal([first, second], all.Select(u => (long)u.Id));
        Assert.Equal("satu", all[0].Message!.Text);
        Assert.Equal(second, Assert.Single(rest).Id);
        Assert.Equal(
            ["message", "channel_post", "callback_query", "my_chat_member"],
            _api.CallsTo("getUpdates").First().Body.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("creator", typeof(ChatMemberOwner), true)]
    [InlineData("administrator", typeof(ChatMemberAdministrator), true)]
    [InlineData("member", typeof(ChatMemberMember), false)]
    [InlineData("restricted", typeof(ChatMemberRestricted), false)]
    [InlineData("left", typeof(ChatMemberLeft), false)]
    [InlineData("kicked", typeof(ChatMemberBanned), false)]
    public async Task GetChatMember_StatusAfterUser_DecodesSubtype(string status, Type expected, bool admin)
    {
        _api.SetMember(-100, 7, status);

        ChatMember member = await _client.GetChatMember(-100, 7);

        Assert.IsType(expected, member);
        Assert.Equal(admin, member.IsAdmin);
        Assert.Equal(7, member.User.Id);
    }

    [Fact]
    public async Task SetMyCommands_CatalogInIndonesian_AcceptedWithLanguageCode()
    {
        await _client.SetMyCommands(TelegramStartup.Commands(), new BotCommandScopeDefault(), "id");

        var body = _api.CallsTo("setMyCommands").Single().Body;
        Assert.Equal("id", body.GetProperty("language_code").GetString());
        Assert.Equal("default", body.GetProperty("scope").GetProperty("type").GetString());
        Assert.Equal(CommandCatalog.All.Count, body.GetProperty("commands").GetArrayLength());
    }

    [Fact]
    public async Task EditAndAnswerCallback_FakeServer_Succeed()
    {
        Message edited = await _client.EditMessageText(5, 9, "<i>baru</i>", ParseMode.Html);
        await _client.AnswerCallbackQuery("cb-1");

        Assert.Equal("baru", edited.Text);
        Assert.Equal("cb-1", _api.CallsTo("answerCallbackQuery").Single().Body.GetProperty("callback_query_id").GetString());
    }
}
