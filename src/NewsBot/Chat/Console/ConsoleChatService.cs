namespace NewsBot.Chat.Console;

/// <summary>Reads commands from standard input while the bot runs without Telegram or Discord.</summary>
public sealed class ConsoleChatService(ConsoleChat chat, TextReader input, ILogger<ConsoleChatService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Console chat ready: type /bantuan");
        while (!stoppingToken.IsCancellationRequested)
        {
            string? line;
            try
            {
                // Console.In reads synchronously whatever the token says, so the read blocks a pool thread and only
                // the wait is cancelled: without this, SIGTERM waited for the host's 30 s shutdown timeout.
                line = await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (line is null)
            {
                logger.LogInformation("Standard input closed; the console chat stops reading (alerts still print)");
                return;
            }

            try
            {
                await chat.HandleLineAsync(line, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Console command failed");
            }
        }
    }
}
