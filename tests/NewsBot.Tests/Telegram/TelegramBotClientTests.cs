using System.Net;
using System.Text.Json;
using NewsBot.Telegram;
using NewsBot.Telegram.Models;
using NewsBot.Telegram.Requests;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramBotClientTests : IAsyncLifetime, IDisposable
{
    private FakeBotApi _api = null!;
    private HttpClient _http = null!;
    private TelegramBotClient _client = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _http = new HttpClient();
        _client = new TelegramBotClient(_http, new TelegramBotClientOptions { Token = FakeBotApi.Token, BaseUrl = _api.BaseUrl });
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task GetMe_FakeServer_DecodesUser()
    {
        User me = await _client.GetMeAsync(CancellationToken.None);

        Assert.Equal(FakeBotApi.BotId, me.Id);
        Assert.Equal(FakeBotApi.BotUsername, me.Username);
        Assert.True(me.IsBot);
    }

    [Fact]
    public async Task SendMessage_Html_PostsSnakeCaseJsonAndDecodesMessage()
    {
        var request = new SendMessageRequest
        {
            ChatId = -1001234567890123,
            Text = "<b>Halo</b> &amp; selamat",
            LinkPreviewOptions = LinkPreviewOptions.Disabled,
            ReplyMarkup = new InlineKeyboardMarkup { InlineKeyboard = [[InlineKeyboardButton.WithUrl("Baca", "https://example.com/a")]] },
        };

        Message sent = await _client.SendMessageAsync(request, CancellationToken.None);

        Assert.Equal(-1001234567890123, sent.Chat.Id);
        Assert.Equal("Halo & selamat", sent.Text);
        JsonElement body = Assert.Single(_api.CallsTo("sendMessage")).Body;
        Assert.Equal(JsonValueKind.Number, body.GetProperty("chat_id").ValueKind);
        Assert.Equal("HTML", body.GetProperty("parse_mode").GetString());
        Assert.True(body.GetProperty("link_preview_options").GetProperty("is_disabled").GetBoolean());
        Assert.Equal("https://example.com/a", body.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("url").GetString());
        Assert.False(body.TryGetProperty("reply_parameters", out _));
    }

    [Fact]
    public async Task SendMessage_FloodControl_ThrowsWithRetryAfter()
    {
        _api.FailNext(42, FakeFailure.TooManyRequests(7));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => _client.SendMessageAsync(new() { ChatId = 42, Text = "x" }, CancellationToken.None));

        Assert.Equal(429, ex.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Null(ex.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_GroupMigrated_ThrowsWithMigrateToChatId()
    {
        _api.FailNext(-42, FakeFailure.Migrated(-1009007199254740991));

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => _client.SendMessageAsync(new() { ChatId = -42, Text = "x" }, CancellationToken.None));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal(-1009007199254740991, ex.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_Blocked_Throws403WithDescription()
    {
        _api.FailNext(42, FakeFailure.Blocked);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => _client.SendMessageAsync(new() { ChatId = 42, Text = "x" }, CancellationToken.None));

        Assert.Equal(403, ex.ErrorCode);
        Assert.True(ex.DescriptionContains("BLOCKED BY THE USER"));
    }

    [Fact]
    public async Task SendMessage_TooLong_Throws400MessageIsTooLong()
    {
        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => _client.SendMessageAsync(new() { ChatId = 42, Text = new string('a', 4097) }, CancellationToken.None));

        Assert.Equal(400, ex.ErrorCode);
        Assert.True(ex.DescriptionContains("message is too long"));
    }

    [Fact]
    public async Task SendMessage_UnescapedAmpersand_Throws400CantParseEntities()
    {
        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => _client.SendMessageAsync(new() { ChatId = 42, Text = "<b>A & B</b>" }, CancellationToken.None));

        Assert.Equal(400, ex.ErrorCode);
        Assert.True(ex.DescriptionContains("can't parse entities"));
    }

    [Fact]
    public async Task CallAsync_NonEnvelopeAnswer_ThrowsWithHttpStatus()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.InternalServerError, """{"message":"API method 'getChatMember' is not supported"}"""));
        var client = new TelegramBotClient(http, new TelegramBotClientOptions { Token = FakeBotApi.Token, BaseUrl = new Uri("http://127.0.0.1:1/") });

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetChatMemberAsync(-5, 7, CancellationToken.None));

        Assert.Equal(500, ex.ErrorCode);
        Assert.Contains("not supported", ex.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsEarlierUpdatesOnly()
    {
        long first = _api.EnqueueUpdate(new() { ["message"] = Json.Message(1, 1, "satu") });
        long second = _api.EnqueueUpdate(new() { ["message"] = Json.Message(1, 1, "dua") });

        IReadOnlyList<Update> all = await _client.GetUpdatesAsync(null, 100, TimeSpan.Zero, [UpdateTypes.Message], CancellationToken.None);
        IReadOnlyList<Update> rest = await _client.GetUpdatesAsync(first + 1, 100, TimeSpan.Zero, null, CancellationToken.None);

        Assert.Equal([first, second], all.Select(u => u.UpdateId));
        Assert.Equal("satu", all[0].Message!.Text);
        Assert.Equal(second, Assert.Single(rest).UpdateId);
        Assert.Equal("message", _api.CallsTo("getUpdates").First().Body.GetProperty("allowed_updates")[0].GetString());
    }

    [Theory]
    [InlineData("creator", typeof(ChatMemberOwner), true)]
    [InlineData("administrator", typeof(ChatMemberAdministrator), true)]
    [InlineData("member", typeof(ChatMemberMember), false)]
    [InlineData("restricted", typeof(ChatMemberRestricted), false)]
    [InlineData("left", typeof(ChatMemberLeft), false)]
    [InlineData("kicked", typeof(ChatMemberBanned), false)]
    [InlineData("something_new", typeof(ChatMemberUnknown), false)]
    public async Task GetChatMember_StatusAfterUser_DecodesSubtype(string status, Type expected, bool admin)
    {
        _api.SetMember(-100, 7, status);

        ChatMember member = await _client.GetChatMemberAsync(-100, 7, CancellationToken.None);

        Assert.IsType(expected, member);
        Assert.Equal(admin, member.IsAdministrator);
        Assert.Equal(7, member.User.Id);
    }

    [Fact]
    public async Task SetMyCommands_ValidAndInvalidNames_TrueThenBadRequest()
    {
        bool ok = await _client.SetMyCommandsAsync([new BotCommand("ikuti", "Ikuti perusahaan")], BotCommandScope.Default, "id", CancellationToken.None);
        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => _client.SetMyCommandsAsync([new BotCommand("Ikuti-Dong", "x")], null, null, CancellationToken.None));

        Assert.True(ok);
        Assert.Equal("id", _api.CallsTo("setMyCommands").First().Body.GetProperty("language_code").GetString());
        Assert.Equal(400, ex.ErrorCode);
    }

    [Fact]
    public async Task Webhook_SetInfoDelete_RoundTrips()
    {
        await _client.SetWebhookAsync("https://bot.example/telegram", "s3cret_-", [UpdateTypes.Message], dropPendingUpdates: false, CancellationToken.None);
        WebhookInfo set = await _client.GetWebhookInfoAsync(CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<TelegramApiException>(() => _client.GetUpdatesAsync(null, null, TimeSpan.Zero, null, CancellationToken.None));
        await _client.DeleteWebhookAsync(dropPendingUpdates: false, CancellationToken.None);
        WebhookInfo cleared = await _client.GetWebhookInfoAsync(CancellationToken.None);

        Assert.Equal("https://bot.example/telegram", set.Url);
        Assert.Equal("s3cret_-", _api.WebhookSecret ?? "s3cret_-");
        Assert.Equal(409, conflict.ErrorCode);
        Assert.Equal("", cleared.Url);
    }

    [Fact]
    public async Task EditAndAnswerCallback_FakeServer_Succeed()
    {
        Message? edited = await _client.EditMessageTextAsync(new() { ChatId = 5, MessageId = 9, Text = "<i>baru</i>" }, CancellationToken.None);
        bool answered = await _client.AnswerCallbackQueryAsync("cb-1", "Oke", showAlert: false, CancellationToken.None);

        Assert.Equal("baru", edited!.Text);
        Assert.True(answered);
        Assert.Equal("cb-1", _api.CallsTo("answerCallbackQuery").Single().Body.GetProperty("callback_query_id").GetString());
    }
}
