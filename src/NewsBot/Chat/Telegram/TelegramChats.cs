using System.Globalization;
using NewsBot.Delivery;
using NewsBot.Telegram.Models;
using TgChat = NewsBot.Telegram.Models.Chat;

namespace NewsBot.Chat.Telegram;

internal static class TelegramChats
{
    public static ChatAddress Address(TgChat chat) => Address(chat.Id, chat.Type);

    public static ChatAddress Address(long chatId, string type) => new(
        TelegramPlatform.PlatformName,
        chatId.ToString(CultureInfo.InvariantCulture),
        type switch
        {
            ChatTypes.Private => ChatKind.Private,
            ChatTypes.Channel => ChatKind.Channel,
            _ => ChatKind.Group,
        });

    public static string? Title(TgChat chat) => chat.Title ?? chat.Username ?? chat.FirstName;
}
