namespace NewsBot.Chat.Console;

/// <summary>Turns lines typed on the console into commands and prints the replies.</summary>
public sealed class ConsoleChat(CommandRouter router, ConsolePlatform platform)
{
    private const string Hint = "Ketik perintah yang diawali garis miring, misalnya /bantuan.";

    public async Task HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }

        if (CommandText.Parse(line) is not var (name, argument))
        {
            platform.Write(Hint);
            return;
        }

        var reply = await router.HandleAsync(new ChatCommand(ConsolePlatform.Chat, "Konsol", "console", CanManage: true, name, argument), cancellationToken);
        if (reply.IsNone)
        {
            return;
        }

        // The console has no buttons: tell how to reach the next page instead.
        var next = reply.Page is { } page && page.Number < page.Count ? $"{Environment.NewLine}Halaman berikutnya: /{page.Command} {page.Argument} {page.Number + 1}" : "";
        platform.Write(reply.Text + next);
    }
}
