using System.Text.Json;
using NewsBot.Telegram.Models;
using NewsBot.Telegram.Requests;

namespace NewsBot.Telegram;

public sealed partial class TelegramBotClient
{
    public async Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        await CallAsync<User>("getMe", null, cancellationToken).ConfigureAwait(false)
        ?? throw new TelegramApiException("getMe", 0, "getMe returned no user.");

    /// <summary>
    /// Long poll. <c>offset</c> is the first update id to return (last handled + 1) and confirms everything
    /// before it; <c>timeout</c> must be shorter than the HttpClient timeout.
    /// </summary>
    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(long? offset, int? limit, TimeSpan timeout, IReadOnlyList<string>? allowedUpdates, CancellationToken cancellationToken) =>
        await CallAsync<Update[]>(
            "getUpdates",
            new GetUpdatesArguments(offset, limit, (int)timeout.TotalSeconds, allowedUpdates),
            cancellationToken).ConfigureAwait(false) ?? [];

    public async Task<bool> SetWebhookAsync(string url, string? secretToken, IReadOnlyList<string>? allowedUpdates, bool dropPendingUpdates, CancellationToken cancellationToken) =>
        await CallAsync<bool?>(
            "setWebhook",
            new SetWebhookArguments(url, secretToken, allowedUpdates, dropPendingUpdates ? true : null),
            cancellationToken).ConfigureAwait(false) ?? true;

    public async Task<bool> DeleteWebhookAsync(bool dropPendingUpdates, CancellationToken cancellationToken) =>
        await CallAsync<bool?>("deleteWebhook", new DeleteWebhookArguments(dropPendingUpdates ? true : null), cancellationToken).ConfigureAwait(false) ?? true;

    public async Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken) =>
        await CallAsync<WebhookInfo>("getWebhookInfo", null, cancellationToken).ConfigureAwait(false) ?? new WebhookInfo();

    public async Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        await CallAsync<Message>("sendMessage", request, cancellationToken).ConfigureAwait(false)
        ?? throw new TelegramApiException("sendMessage", 0, "sendMessage returned no message.");

    /// <summary>Returns the edited message, or null for inline messages (Telegram answers true) and emulators that answer null.</summary>
    public async Task<Message?> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken)
    {
        JsonElement result = await CallAsync<JsonElement>("editMessageText", request, cancellationToken).ConfigureAwait(false);
        return result.ValueKind == JsonValueKind.Object ? result.Deserialize<Message>(TelegramJson.Options) : null;
    }

    /// <summary>Must be called for every callback query. <c>text</c>: 0–200 characters; null only stops the spinner.</summary>
    public async Task<bool> AnswerCallbackQueryAsync(string callbackQueryId, string? text, bool showAlert, CancellationToken cancellationToken) =>
        await CallAsync<bool?>(
            "answerCallbackQuery",
            new AnswerCallbackQueryArguments(callbackQueryId, text, showAlert ? true : null),
            cancellationToken).ConfigureAwait(false) ?? true;

    /// <summary><c>languageCode</c>: two-letter ISO 639-1 code, or null for users without a dedicated list.</summary>
    public async Task<bool> SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, BotCommandScope? scope, string? languageCode, CancellationToken cancellationToken) =>
        await CallAsync<bool?>("setMyCommands", new SetMyCommandsArguments(commands, scope, languageCode), cancellationToken).ConfigureAwait(false) ?? true;

    public async Task<ChatMember> GetChatMemberAsync(ChatId chatId, long userId, CancellationToken cancellationToken) =>
        await CallAsync<ChatMember>("getChatMember", new GetChatMemberArguments(chatId, userId), cancellationToken).ConfigureAwait(false)
        ?? throw new TelegramApiException("getChatMember", 0, "getChatMember returned no member.");

    private sealed record GetUpdatesArguments(long? Offset, int? Limit, int Timeout, IReadOnlyList<string>? AllowedUpdates);

    private sealed record SetWebhookArguments(string Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, bool? DropPendingUpdates);

    private sealed record DeleteWebhookArguments(bool? DropPendingUpdates);

    private sealed record AnswerCallbackQueryArguments(string CallbackQueryId, string? Text, bool? ShowAlert);

    private sealed record SetMyCommandsArguments(IReadOnlyList<BotCommand> Commands, BotCommandScope? Scope, string? LanguageCode);

    private sealed record GetChatMemberArguments(ChatId ChatId, long UserId);
}
