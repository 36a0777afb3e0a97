using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks.Polling;

/// <summary>`newsbot run` as a child process, and what /proc says about it.</summary>
internal sealed class ChildProcess(Process process, TimeProvider clock, TextWriter? log) : IDisposable
{
    private readonly Queue<string> _lastErrors = new();

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <param name="logPath">When set, every line the child writes to standard error (its log) is kept there.</param>
    public static ChildProcess Start(IReadOnlyDictionary<string, string> environment, TimeProvider clock, string? logPath = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        start.ArgumentList.Add("run");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start newsbot");
        process.StandardInput.Close();
        var child = new ChildProcess(process, clock, logPath is null ? null : TextWriter.Synchronized(new StreamWriter(logPath)));
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => child.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public IReadOnlyList<string> LastErrors
    {
        get
        {
            lock (_lastErrors)
            {
                return [.. _lastErrors];
            }
        }
    }

    /// <summary>User + system CPU seconds so far (/proc/&lt;pid&gt;/stat, clock ticks of 1/100 s).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>A /proc/&lt;pid&gt;/status value in MB (VmHWM = peak resident set, VmRSS = now).</summary>
    public double MemoryMb(string field)
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        log?.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        log?.WriteLine($"{clock.GetUtcNow():HH:mm:ss.fff} {line}");
        lock (_lastErrors)
        {
            _lastErrors.Enqueue(line);
            if (_lastErrors.Count > 20)
            {
                _lastErrors.Dequeue();
            }
        }
    }
}
