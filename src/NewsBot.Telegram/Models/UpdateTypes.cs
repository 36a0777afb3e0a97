namespace NewsBot.Telegram.Models;

public static class UpdateTypes
{
    public const string Message = "message";
    public const string ChannelPost = "channel_post";
    public const string CallbackQuery = "callback_query";
    public const string MyChatMember = "my_chat_member";
}
