using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsBot.Tests.Delivery.Crash;

/// <summary>One run of <c>dotnet NewsBot.dll deliver</c> that the test can SIGKILL at any moment.</summary>
internal sealed class ChildProcess : IDisposable
{
    /// <summary>What .NET reports as the exit code of a process that died of SIGKILL (128 + 9).</summary>
    private const int KilledExitCode = 137;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Lock _lock = new();

    private bool _started;
    private bool _killSent;

    /// <summary>Prepares a run of <c>dotnet NewsBot.dll <paramref name="verb"/></c>; <see cref="Start"/> launches it.</summary>
    public ChildProcess(string verb, IReadOnlyDictionary<string, string> environment)
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

        _process = new Process { StartInfo = info };
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>
    /// True when this run ended because the test killed it: a kill was sent and the process died of SIGKILL.
    /// A run that finished on its own just before the kill landed exits 0 and counts as no kill.
    /// </summary>
    public bool Killed
    {
        get
        {
            lock (_lock)
            {
                return _killSent && _process.HasExited && _process.ExitCode == KilledExitCode;
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    public string LastErrors => string.Join(Environment.NewLine, _errors.TakeLast(40));

    public void Start()
    {
        // Under the lock: a kill that a request of this run triggers waits until the process object is started.
        lock (_lock)
        {
            _process.Start();
            _started = true;
        }

        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>SIGKILL, like a crash: no finally blocks, no graceful shutdown. A run that has ended is left alone.</summary>
    public void Kill()
    {
        lock (_lock)
        {
            if (!_started || _process.HasExited)
            {
                return;
            }

            // Marked before the signal: the test may see the process gone before this thread runs again.
            _killSent = true;
            _process.Kill();
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
