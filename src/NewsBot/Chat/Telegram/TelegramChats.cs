using System.Globalization;
using NewsBot.Delivery;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TgChat = Telegram.Bot.Types.Chat;

namespace NewsBot.Chat.Telegram;

internal static class TelegramChats
{
    public static ChatAddress Address(TgChat chat) => new(
        TelegramPlatform.PlatformName,
        chat.Id.ToString(CultureInfo.InvariantCulture),
        chat.Type switch
        {
            ChatType.Private => ChatKind.Private,
            ChatType.Channel => ChatKind.Channel,
            _ => ChatKind.Group,
        });

    public static string? Title(TgChat chat) => chat.Title ?? chat.Username ?? chat.FirstName;

    /// <summary>A chat's stored external id: a number, or "@username" for public channels.</summary>
    public static ChatId Id(string externalId) =>
        long.TryParse(externalId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id) ? new ChatId(id) : new ChatId(externalId);
}
