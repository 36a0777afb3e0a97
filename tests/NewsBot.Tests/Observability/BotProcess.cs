using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Observability;

/// <summary>
/// <c>dotnet NewsBot.dll run</c> as a child process with standard input held open (as under a terminal or a service
/// manager), its log lines kept, and a SIGTERM the way Docker and systemd stop it.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private BotProcess(Process process)
    {
        _process = process;
    }

    public string Log => string.Join(Environment.NewLine, _lines);

    public int ExitCode => _process.ExitCode;

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(NewsBotProcess.AssemblyPath);
        start.ArgumentList.Add("run");
        start.Environment["NewsBot__Telegram__BotToken"] = "";
        start.Environment["NewsBot__Discord__BotToken"] = "";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(new Process { StartInfo = start });
        bot._process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    public bool HasLogged(string text) => _lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>SIGTERM through the system's own <c>kill</c>, as a container runtime sends it.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>True when the process ended within <paramref name="timeout"/> (generous: a loaded machine must not fail it).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
