using NewsBot.Delivery;
using NewsBot.Telegram;

namespace NewsBot.Chat.Telegram;

/// <summary>The one place that reads Telegram error descriptions (they are not a stable contract).</summary>
public static class TelegramErrors
{
    private static readonly string[] GoneDescriptions =
    [
        "bot was blocked by the user", "bot was kicked", "user is deactivated", "group chat was deleted",
        "bot is not a member", "need administrator rights", "not enough rights to send",
    ];

    public static SendOutcome ToOutcome(TelegramApiException ex)
    {
        string error = $"{ex.ErrorCode}: {ex.Description}";
        if (ex.ErrorCode == 429 || ex.RetryAfter is not null)
        {
            return SendOutcome.RateLimited(ex.RetryAfter ?? TimeSpan.FromSeconds(5));
        }

        if (ex.MigrateToChatId is long newId)
        {
            return SendOutcome.Moved(newId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ex.ErrorCode == 401)
        {
            return SendOutcome.Unauthorized(error);
        }

        if (ex.ErrorCode == 400 && ex.DescriptionContains("chat not found"))
        {
            return SendOutcome.ChatNotFound(error);
        }

        if (ex.ErrorCode == 403 || (ex.ErrorCode == 400 && GoneDescriptions.Any(ex.DescriptionContains)))
        {
            return SendOutcome.Gone(error);
        }

        // Any other 400 ("can't parse entities", "message is too long", bad button) is our bug: this payload
        // can never be sent. 404, 409 and 5xx: retry later.
        return ex.ErrorCode == 400 ? SendOutcome.Rejected(error) : SendOutcome.Retry(error);
    }
}
