using NewsBot.Delivery;

namespace NewsBot.Chat;

/// <summary>
/// A command as a platform adapter hands it to <see cref="CommandRouter"/>.
/// <paramref name="Name"/> is lower case, without the leading slash or "@BotName".
/// <paramref name="CanManage"/> is the platform's verdict on whether the sender may change this
/// chat's subscriptions (private chat owner, group administrator, Discord Manage Server).
/// <paramref name="Page"/> is set by paging buttons of listings (1-based).
/// </summary>
public sealed record ChatCommand(ChatAddress Chat, string? ChatTitle, string UserId, bool CanManage, string Name, string Argument, int Page = 1);
