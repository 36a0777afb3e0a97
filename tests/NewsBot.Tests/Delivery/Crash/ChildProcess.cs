using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsBot.Tests.Delivery.Crash;

/// <summary>One run of <c>dotnet NewsBot.dll deliver</c> that the test can SIGKILL at any moment.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Lock _lock = new();

    private ChildProcess(Process process)
    {
        _process = process;
    }

    /// <summary>True when this run ended because the test killed it.</summary>
    public bool Killed { get; private set; }

    public int ExitCode => _process.ExitCode;

    public string LastErrors => string.Join(Environment.NewLine, _errors.TakeLast(40));

    public static ChildProcess Start(string verb, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        info.ArgumentList.Add(verb);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return child;
    }

    /// <summary>SIGKILL, like a crash: no finally blocks, no graceful shutdown.</summary>
    public void Kill()
    {
        lock (_lock)
        {
            if (_process.HasExited)
            {
                return;
            }

            _process.Kill();
            Killed = true;
        }

        _process.WaitForExit();
    }

    public async Task<bool> WaitAsync(TimeSpan timeout)
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
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _errors.Enqueue(line);
        while (_errors.Count > 200 && _errors.TryDequeue(out _))
        {
        }
    }
}
