using NewsBot.Telegram;
using NewsBot.Telegram.Models;

namespace NewsBot.Chat.Telegram;

/// <summary>Start-up calls shared by polling and webhook mode: getMe (token check, username) and setMyCommands.</summary>
public sealed class TelegramStartup(TelegramBotClient client, TelegramIdentity identity, ILogger<TelegramStartup> logger)
{
    /// <summary>Update types NewsBot asks for.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = [UpdateTypes.Message, UpdateTypes.ChannelPost, UpdateTypes.CallbackQuery, UpdateTypes.MyChatMember];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        User me = await client.GetMeAsync(cancellationToken);
        identity.BotId = me.Id;
        identity.Username = me.Username;
        logger.LogInformation("Telegram bot @{Username} ({BotId}) connected", me.Username, me.Id);

        // Indonesian descriptions for everyone (the default list) and explicitly for "id"; the English
        // aliases stay usable but are not advertised. Failure here is cosmetic: the commands still work.
        try
        {
            await client.SetMyCommandsAsync(Commands(), BotCommandScope.Default, languageCode: null, cancellationToken);
            await client.SetMyCommandsAsync(Commands(), BotCommandScope.Default, languageCode: "id", cancellationToken);
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramRequestException)
        {
            logger.LogWarning("Telegram setMyCommands failed: {Error}", ex.Message);
        }
    }

    public static IReadOnlyList<BotCommand> Commands() =>
        [.. CommandCatalog.All.Select(c => new BotCommand(c.Name, c.Description))];
}
