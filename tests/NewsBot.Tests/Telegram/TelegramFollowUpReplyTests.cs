using System.Text.Json;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Telegram;

/// <summary>A follow-up alert carries its original's message id to the strict Bot API fake as reply_parameters.</summary>
public sealed class TelegramFollowUpReplyTests : IAsyncLifetime
{
    private TelegramTestContext _context = null!;

    public async Task InitializeAsync() => _context = await TelegramTestContext.StartAsync(new TelegramOptions { ChatInterval = TimeSpan.Zero });

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task SendAlert_LongFollowUpWithOriginal_FirstPartRepliesAllowingMissingOriginal()
    {
        var summary = string.Concat(Enumerable.Range(0, 300).Select(i => $"Kalimat {i} tentang data. "));
        var followUp = TelegramRendererTests.HostileAlert(summary) with { IsUpdate = true, ReplyTo = "77" };

        var outcome = await _context.Platform.SendAlertAsync(new ChatAddress("telegram", "42", ChatKind.Private), followUp, "row-2", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        FakeCall[] calls = [.. _context.Api.CallsTo("sendMessage")];
        Assert.True(calls.Length >= 2);
        var reply = calls[0].Body.GetProperty("reply_parameters");
        Assert.Equal(77, reply.GetProperty("message_id").GetInt32());
        Assert.True(reply.GetProperty("allow_sending_without_reply").GetBoolean());
        Assert.All(calls[1..], c => Assert.False(c.Body.TryGetProperty("reply_parameters", out _)));
    }

    [Fact]
    public async Task SendAlert_NewIncidentAlert_NoReplyParameters()
    {
        var outcome = await _context.Platform.SendAlertAsync(new ChatAddress("telegram", "42", ChatKind.Private), TelegramRendererTests.HostileAlert(), "row-1", CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.False(Assert.Single(_context.Api.CallsTo("sendMessage")).Body.TryGetProperty("reply_parameters", out JsonElement _));
    }
}
