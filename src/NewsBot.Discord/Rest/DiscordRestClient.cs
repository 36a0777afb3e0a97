using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord REST API v10 over one <see cref="HttpClient"/>: bot auth, rate limits, typed errors.
/// Logs name route templates only, so neither the bot token nor interaction tokens reach a log.
/// </summary>
public sealed class DiscordRestClient(
    HttpClient http,
    IOptions<DiscordClientOptions> options,
    DiscordRateLimiter limiter,
    InvalidRequestGuard guard,
    ILogger<DiscordRestClient> logger)
{
    private const int MaxAttempts = 4;

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotInfo>(new(HttpMethod.Get, "/gateway/bot", "", "gateway/bot"), null, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(
            new(HttpMethod.Put, "/applications/{application.id}/commands", applicationId, $"applications/{Id(applicationId)}/commands"),
            commands,
            cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(
            new(HttpMethod.Put, "/applications/{application.id}/guilds/{guild.id}/commands", applicationId, $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands"),
            commands,
            cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(
            new(HttpMethod.Post, "/interactions/{interaction.id}/{token}/callback", interactionId, $"interactions/{Id(interactionId)}/{Token(interactionToken)}/callback", IsInteraction: true),
            response,
            cancellationToken);

    public Task<Message> EditOriginalResponseAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<Message>(
            new(HttpMethod.Patch, "/webhooks/{application.id}/{token}/messages/@original", WebhookMajor(applicationId, interactionToken), $"webhooks/{Id(applicationId)}/{Token(interactionToken)}/messages/@original", IsInteraction: true),
            message,
            cancellationToken);

    public Task<Message> CreateFollowupAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<Message>(
            new(HttpMethod.Post, "/webhooks/{application.id}/{token}", WebhookMajor(applicationId, interactionToken), $"webhooks/{Id(applicationId)}/{Token(interactionToken)}", IsInteraction: true),
            message,
            cancellationToken);

    public Task<Message> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<Message>(new(HttpMethod.Post, "/channels/{channel.id}/messages", channelId, $"channels/{Id(channelId)}/messages"), message, cancellationToken);

    public Task<Message> EditMessageAsync(string channelId, string messageId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<Message>(
            new(HttpMethod.Patch, "/channels/{channel.id}/messages/{message.id}", channelId, $"channels/{Id(channelId)}/messages/{Id(messageId)}"),
            message,
            cancellationToken);

    public Task<Channel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync<Channel>(new(HttpMethod.Get, "/channels/{channel.id}", channelId, $"channels/{Id(channelId)}"), null, cancellationToken);

    public Task<Guild> GetGuildAsync(string guildId, CancellationToken cancellationToken) =>
        SendAsync<Guild>(new(HttpMethod.Get, "/guilds/{guild.id}", guildId, $"guilds/{Id(guildId)}"), null, cancellationToken);

    /// <summary>Sends one request, waiting out rate limits and retrying 429s shorter than the configured maximum.</summary>
    public async Task<T> SendAsync<T>(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        guard.ThrowIfBlocked(route);
        for (var attempt = 1; ; attempt++)
        {
            using var lease = await limiter.AcquireAsync(route, cancellationToken);
            using var request = CreateRequest(route, body);
            using var response = await http.SendAsync(request, cancellationToken);
            limiter.Update(route, lease, response);
            logger.LogDebug("Discord {Route} answered {Status}", route.ToString(), (int)response.StatusCode);

            if (response.IsSuccessStatusCode)
            {
                guard.Record(route, response.StatusCode, 0);
                if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(JsonElement?))
                {
                    return default!; // Callbacks answer 204: callers of those routes ignore the value.
                }

                return await response.Content.ReadFromJsonAsync<T>(DiscordJson.Options, cancellationToken)
                    ?? throw new DiscordHttpException(response.StatusCode, 0, "Empty response body");
            }

            var error = await ReadErrorAsync(response, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = error.RetryAfter ?? TimeSpan.FromSeconds(1);
                var global = error.Global || response.Headers.Contains("X-RateLimit-Global");
                var scope = response.Headers.TryGetValues("X-RateLimit-Scope", out var scopes) ? scopes.FirstOrDefault() : null;
                limiter.OnRateLimited(lease, retryAfter, global);
                guard.RecordRateLimited(sharedScope: scope == "shared");
                logger.LogWarning(
                    "Discord {Route} rate limited for {RetryAfter} (global: {Global}, scope: {Scope})",
                    route.ToString(),
                    retryAfter,
                    global,
                    scope);
                if (attempt < MaxAttempts && retryAfter <= options.Value.MaxRateLimitWait)
                {
                    continue;
                }

                throw new DiscordHttpException(response.StatusCode, error.Code, error.Message, retryAfter: retryAfter);
            }

            guard.Record(route, response.StatusCode, error.Code);
            logger.LogInformation(
                "Discord {Route} failed with {Status}/{Code}: {Message}",
                route.ToString(),
                (int)response.StatusCode,
                error.Code,
                error.Message);
            throw new DiscordHttpException(response.StatusCode, error.Code, error.Message, error.Errors);
        }
    }

    private HttpRequestMessage CreateRequest(DiscordRoute route, object? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(BaseUri(), route.Path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
        request.Headers.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.Value.UserAgentUrl}, {options.Value.UserAgentVersion})");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), new MediaTypeHeaderValue("application/json"), DiscordJson.Options);
        }

        return request;
    }

    private Uri BaseUri()
    {
        var text = options.Value.ApiBaseUrl.ToString();
        return text.EndsWith('/') ? options.Value.ApiBaseUrl : new Uri(text + "/");
    }

    private static async Task<ErrorBody> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var retryHeader = response.Headers.RetryAfter?.Delta;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            var errors = root.TryGetProperty("errors", out var e) ? e.GetRawText() : null;
            var global = root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            TimeSpan? retryAfter = root.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number
                ? TimeSpan.FromSeconds(r.GetDouble())
                : retryHeader;
            return new ErrorBody(code, message, errors, global, retryAfter);
        }
        catch (JsonException)
        {
            return new ErrorBody(0, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), null, false, retryHeader);
        }
    }

    private static string Id(string id) => Uri.EscapeDataString(id);

    // Webhook limits are per webhook id + token; a hash keeps the token itself out of every key.
    private static string WebhookMajor(string applicationId, string token) =>
        applicationId + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)))[..16];

    private static string Token(string token) => Uri.EscapeDataString(token);

    private sealed record ErrorBody(int Code, string Message, string? Errors, bool Global, TimeSpan? RetryAfter);
}
