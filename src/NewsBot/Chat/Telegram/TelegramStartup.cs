using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Chat.Telegram;

/// <summary>Start-up calls shared by polling and webhook mode: getMe (token check, username) and setMyCommands.</summary>
public sealed class TelegramStartup(ITelegramBotClient client, TelegramIdentity identity, ILogger<TelegramStartup> logger)
{
    /// <summary>Update types NewsBot asks for.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        User me = await client.GetMe(cancellationToken);
        identity.BotId = me.Id;
        identity.Username = me.Username;
        logger.LogInformation("Telegram bot @{Username} ({BotId}) connected", me.Username, me.Id);

        // Indonesian descriptions for everyone (the default list) and explicitly for "id"; the English
        // aliases stay usable but are not advertised. Failure here is cosmetic: the commands still work.
        try
        {
            await client.SetMyCommands(Commands(), new BotCommandScopeDefault(), languageCode: null, cancellationToken);
            await client.SetMyCommands(Commands(), new BotCommandScopeDefault(), languageCode: "id", cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogWarning("Telegram setMyCommands failed: {Error}", TelegramErrors.Describe(ex));
        }
    }

    public static IReadOnlyList<BotCommand> Commands() =>
        [.. CommandCatalog.All.Select(c => new BotCommand { Command = c.Name, Description = c.Description })];
}
