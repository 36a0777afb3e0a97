using System.Diagnostics;
using System.Text;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Cli;

/// <summary>`newsbot run` without tokens: the console chat answers commands typed on standard input.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_NoTokens_ConsoleChatAnswersCommands()
    {
        using var data = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { NewsBotProcess.AssemblyPath, "run", $"--Storage:DataDirectory={data.Path}", "--Feeds:Sources:0:Name=Lokal", "--Feeds:Sources:0:Url=http://127.0.0.1:9/rss", "--Fetching:AllowedPrivateHosts:0=127.0.0.1" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NewsBot__Telegram__BotToken"] = "";
        start.Environment["NewsBot__Discord__BotToken"] = "";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var answered = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
                if (output.ToString().Contains("mengikuti Tokopedia", StringComparison.Ordinal))
                {
                    answered.TrySetResult();
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await process.StandardInput.WriteLineAsync("/bantuan");
        await process.StandardInput.WriteLineAsync("/ikuti tokopedia");
        await process.StandardInput.FlushAsync();
        var finished = await Task.WhenAny(answered.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.Same(answered.Task, finished);
        Assert.Contains("Perintah NewsBot:", output.ToString());
        Assert.Contains("Chat ini sekarang mengikuti Tokopedia", output.ToString());
    }
}
