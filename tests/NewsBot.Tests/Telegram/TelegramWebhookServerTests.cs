using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Chat.Telegram;
using Telegram.Bot.Types;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramWebhookServerTests
{
    private const string Secret = "s3cret-Token_42";
    private const string Body = """{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},"text":"/mulai"}}""";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s3cret-Token_41")]
    [InlineData("s3cret-Token_42x")]
    public async Task Post_WrongOrMissingSecret_401AndNotHandled(string? header)
    {
        var handled = new List<Update>();
        await using TelegramWebhookServer server = await StartAsync(handled, fail: false);

        HttpStatusCode status = await PostAsync(server, header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(handled);
    }

    [Fact]
    public async Task Post_RightSecret_200AndHandled()
    {
        var handled = new List<Update>();
        await using TelegramWebhookServer server = await StartAsync(handled, fail: false);

        HttpStatusCode status = await PostAsync(server, Secret);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/mulai", Assert.Single(handled).Message!.Text);
    }

    [Fact]
    public async Task Post_HandlerFails_500SoTelegramRetries()
    {
        await using TelegramWebhookServer server = await StartAsync([], fail: true);

        HttpStatusCode status = await PostAsync(server, Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
    }

    private static Task<TelegramWebhookServer> StartAsync(List<Update> handled, bool fail) =>
        TelegramWebhookServer.StartAsync(
            new Uri("http://127.0.0.1:0"),
            "/telegram/webhook",
            Secret,
            (update, _) =>
            {
                if (fail)
                {
                    throw new InvalidOperationException("database is locked");
                }

                handled.Add(update);
                return Task.CompletedTask;
            },
            NullLogger.Instance,
            CancellationToken.None);

    private static async Task<HttpStatusCode> PostAsync(TelegramWebhookServer server, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "/telegram/webhook"))
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(TelegramWebhookServer.SecretHeader, secret);
        }

        using HttpResponseMessage response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
