using NewsBot.Alerts;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramPlatformTests : IAsyncLifetime
{
    private TelegramTestContext _context = null!;

    public async Task InitializeAsync() => _context = await TelegramTestContext.StartAsync(new TelegramOptions { ChatInterval = TimeSpan.Zero });

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task SendAlert_Accepted_SentWithMessageIdAndHtml()
    {
        SendOutcome outcome = await SendAsync(42);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.NotNull(outcome.MessageId);
        FakeCall call = Assert.Single(_context.Api.CallsTo("sendMessage"));
        Assert.Equal("HTML", call.Body.GetProperty("parse_mode").GetString(), ignoreCase: true);
        Assert.Contains("&lt;b&gt;Xiaomi&lt;/b&gt; &amp; mitra", call.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendDigest_ThreeAlerts_OneHtmlMessageWithEveryTitle()
    {
        var digest = new AlertDigest(DigestReason.Daily, [TelegramRendererTests.HostileAlert(), Discord.AlertSamples.Seed("Kedua"), Discord.AlertSamples.Seed("Ketiga")]);

        SendOutcome outcome = await _context.Platform.SendDigestAsync(Address(42), digest, "outbox-9", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        FakeCall call = Assert.Single(_context.Api.CallsTo("sendMessage"));
        Assert.Equal("HTML", call.Body.GetProperty("parse_mode").GetString(), ignoreCase: true);
        Assert.Contains("Ringkasan harian NewsBot: 3 peringatan", call.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Xiaomi&lt;/b&gt; &amp; mitra", call.Text, StringComparison.Ordinal);
        Assert.True(call.Text!.IndexOf("Kedua", StringComparison.Ordinal) < call.Text.IndexOf("Ketiga", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAlert_FloodControl_RateLimitedWithRetryAfter()
    {
        _context.Api.FailNext(42, FakeFailure.TooManyRequests(9));

        SendOutcome outcome = await SendAsync(42);

        Assert.Equal(SendStatus.RateLimited, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(9), outcome.RetryAfter);
        Assert.True(_context.Limiter.Reserve(42) >= TimeSpan.FromSeconds(9));
    }

    [Fact]
    public async Task SendAlert_GroupMigrated_MovedToNewId()
    {
        _context.Api.FailNext(-42, FakeFailure.Migrated(-1001234567890));

        SendOutcome outcome = await SendAsync(-42);

        Assert.Equal(SendStatus.ChatMoved, outcome.Status);
        Assert.Equal("-1001234567890", outcome.NewChatId);
    }

    public static TheoryData<string> GoneFailures => ["blocked", "kicked", "deactivated"];

    [Theory]
    [MemberData(nameof(GoneFailures))]
    public async Task SendAlert_BlockedKickedOrDeactivated_Gone(string which)
    {
        _context.Api.FailNext(42, which switch
        {
            "blocked" => FakeFailure.Blocked,
            "kicked" => FakeFailure.Kicked,
            _ => FakeFailure.Deactivated,
        });

        SendOutcome outcome = await SendAsync(42);

        Assert.Equal(SendStatus.ChatGone, outcome.Status);
    }

    [Fact]
    public async Task SendAlert_ChatNotFound_ChatNotFoundNotGone()
    {
        _context.Api.FailNext(42, FakeFailure.ChatNotFound);

        SendOutcome outcome = await SendAsync(42);

        // The dispatcher pauses the chat only after a few of these in a row (Delivery:PauseAfterChatNotFound).
        Assert.Equal(SendStatus.ChatNotFound, outcome.Status);
    }

    [Fact]
    public async Task SendAlert_TooLongOrUnparsable_Rejected()
    {
        _context.Api.FailNext(42, FakeFailure.TooLong);
        _context.Api.FailNext(43, new FakeFailure(400, "Bad Request: can't parse entities: unsupported start tag"));

        SendOutcome tooLong = await SendAsync(42);
        SendOutcome unparsable = await SendAsync(43);

        Assert.Equal(SendStatus.Rejected, tooLong.Status);
        Assert.Equal(SendStatus.Rejected, unparsable.Status);
    }

    [Fact]
    public async Task SendAlert_ServerError_Retry()
    {
        _context.Api.FailNext(42, FakeFailure.ServerError);

        SendOutcome outcome = await SendAsync(42);

        Assert.Equal(SendStatus.Retry, outcome.Status);
    }

    [Fact]
    public async Task SendAlert_Unauthorized_UnauthorizedAndErrorLogWithoutToken()
    {
        _context.Api.FailNext(42, FakeFailure.Unauthorized);

        SendOutcome outcome = await SendAsync(42);

        Assert.Equal(SendStatus.Unauthorized, outcome.Status);
        Assert.Contains(_context.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("401", StringComparison.Ordinal));
        Assert.DoesNotContain(_context.Logs.Lines, l => l.Contains("CANARY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAlert_LongAlert_EveryPartAcceptedKeyboardOnLast()
    {
        string summary = string.Concat(Enumerable.Range(0, 300).Select(i => $"Kalimat {i} tentang <data> & privasi. "));

        SendOutcome outcome = await _context.Platform.SendAlertAsync(Address(42), TelegramRendererTests.HostileAlert(summary), "row-1", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        FakeCall[] calls = [.. _context.Api.CallsTo("sendMessage")];
        Assert.True(calls.Length >= 2);
        Assert.All(calls[..^1], c => Assert.False(c.Body.TryGetProperty("reply_markup", out _)));
        Assert.True(calls[^1].Body.TryGetProperty("reply_markup", out _));
    }

    private Task<SendOutcome> SendAsync(long chatId) =>
        _context.Platform.SendAlertAsync(Address(chatId), TelegramRendererTests.HostileAlert(), "row-1", CancellationToken.None);

    private static ChatAddress Address(long chatId) =>
        new(TelegramPlatform.PlatformName, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), chatId < 0 ? ChatKind.Group : ChatKind.Private);
}
