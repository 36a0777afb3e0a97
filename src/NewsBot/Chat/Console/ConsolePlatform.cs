using NewsBot.Alerts;
using NewsBot.Delivery;

namespace NewsBot.Chat.Console;

/// <summary>The console chat: alerts and replies go to standard output, one block each.</summary>
public sealed class ConsolePlatform(TextWriter output) : IChatPlatform
{
    public const string PlatformName = "console";

    /// <summary>The one chat the console has.</summary>
    public static readonly ChatAddress Chat = new(PlatformName, "console", ChatKind.Private);

    private readonly Lock _gate = new();

    public string Name => PlatformName;

    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken)
    {
        Write(AlertText.Plain(alert));
        return Task.FromResult(SendOutcome.Sent(deliveryKey));
    }

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken)
    {
        Write(AlertText.Plain(digest));
        return Task.FromResult(SendOutcome.Sent(deliveryKey));
    }

    public void Write(string block)
    {
        lock (_gate)
        {
            output.WriteLine(block);
            output.WriteLine();
            output.Flush();
        }
    }
}
