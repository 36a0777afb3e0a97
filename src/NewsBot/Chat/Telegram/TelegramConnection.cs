namespace NewsBot.Chat.Telegram;

/// <summary>
/// Whether the Bot API answers: set by the polling service after each getUpdates (or start-up, on an instance that does
/// not hold the poller lease) and by the webhook service once setWebhook succeeded. Read by /readyz.
/// </summary>
public sealed class TelegramConnection
{
    private volatile bool _connected;

    public bool IsConnected => _connected;

    public void Report(bool connected) => _connected = connected;
}
