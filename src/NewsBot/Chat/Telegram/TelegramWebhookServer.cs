using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// A small Kestrel endpoint for webhook mode: accepts POST {path} only with the right
/// X-Telegram-Bot-Api-Secret-Token (constant-time comparison), answers 401 otherwise, 200 after the
/// update was handled and 500 when handling failed (Telegram then retries the update).
/// </summary>
public sealed class TelegramWebhookServer : IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly WebApplication _app;

    private TelegramWebhookServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The address actually bound (useful with port 0).</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<TelegramWebhookServer> StartAsync(Uri listenUrl, string path, string secret, Func<Update, CancellationToken, Task> handle, ILogger logger, CancellationToken cancellationToken)
    {
        byte[] expected = Encoding.UTF8.GetBytes(secret);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(listenUrl.GetLeftPart(UriPartial.Authority));
        WebApplication app = builder.Build();
        app.MapPost(path, async (HttpContext context) =>
        {
            if (!IsAuthorized(context.Request.Headers[SecretHeader].ToString(), expected))
            {
                logger.LogWarning("Telegram webhook refused a request without the right secret from {Remote}", context.Connection.RemoteIpAddress);
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }

            if (update is null)
            {
                return Results.BadRequest();
            }

            try
            {
                await handle(update, context.RequestAborted);
                return Results.Ok();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Telegram webhook update {UpdateId} failed: {Error}", update.Id, TelegramErrors.Describe(ex));
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            }
        });
        await app.StartAsync(cancellationToken);
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TelegramWebhookServer(app) { Address = new Uri(bound) };
    }

    /// <summary>Constant-time comparison of the header with the configured secret.</summary>
    public static bool IsAuthorized(string? header, byte[] expected) =>
        header is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), expected);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
