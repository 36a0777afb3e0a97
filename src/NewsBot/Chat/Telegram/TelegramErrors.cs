using System.Globalization;
using NewsBot.Delivery;
using Telegram.Bot.Exceptions;

namespace NewsBot.Chat.Telegram;

/// <summary>The one place that reads Telegram error descriptions (they are not a stable contract).</summary>
public static class TelegramErrors
{
    private static readonly string[] GoneDescriptions =
    [
        "bot was blocked by the user", "bot was kicked", "user is deactivated", "group chat was deleted",
        "bot is not a member", "need administrator rights", "not enough rights to send",
    ];

    /// <summary>
    /// What the dispatcher should do after a failed send. <see cref="ApiRequestException"/> is Telegram's
    /// answer; any other <see cref="RequestException"/> (connection error, timeout, an answer that is not the
    /// Bot API envelope) is retried: a timeout is ambiguous, and a duplicate is better than a loss.
    /// </summary>
    public static SendOutcome ToOutcome(RequestException ex)
    {
        if (ex is not ApiRequestException api)
        {
            return SendOutcome.Retry(Describe(ex));
        }

        string error = Describe(api);
        if (api.ErrorCode == 429 || api.Parameters?.RetryAfter is not null)
        {
            return SendOutcome.RateLimited(TimeSpan.FromSeconds(api.Parameters?.RetryAfter ?? 5));
        }

        if (api.Parameters?.MigrateToChatId is long newId)
        {
            return SendOutcome.Moved(newId.ToString(CultureInfo.InvariantCulture));
        }

        if (api.ErrorCode == 401)
        {
            return SendOutcome.Unauthorized(error);
        }

        if (api.ErrorCode == 400 && DescriptionContains(api, "chat not found"))
        {
            return SendOutcome.ChatNotFound(error);
        }

        if (api.ErrorCode == 403 || (api.ErrorCode == 400 && GoneDescriptions.Any(d => DescriptionContains(api, d))))
        {
            return SendOutcome.Gone(error);
        }

        // Any other 400 ("can't parse entities", "message is too long", bad button) is our bug: this payload
        // can never be sent. 404, 409 and 5xx: retry later.
        return api.ErrorCode == 400 ? SendOutcome.Rejected(error) : SendOutcome.Retry(error);
    }

    public static bool DescriptionContains(ApiRequestException ex, string text) => ex.Message.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A log-safe one-line description: Telegram's error code, the message and those of inner exceptions,
    /// with anything shaped like a bot token removed.
    /// </summary>
    public static string Describe(Exception ex)
    {
        string text = ex is ApiRequestException api ? $"{api.ErrorCode}: {ex.Message}" : ex.Message;
        for (Exception? inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += $" ({inner.GetType().Name}: {inner.Message})";
        }

        return TokenRedactor.Redact(text);
    }
}
