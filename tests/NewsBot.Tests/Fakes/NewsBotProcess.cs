using System.Diagnostics;

namespace NewsBot.Tests.Fakes;

/// <summary>Runs the built NewsBot.dll as a child process, the way users and Docker run it.</summary>
public static class NewsBotProcess
{
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "NewsBot.dll");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string? input = null, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Never inherit real tokens from the machine running the tests.
        start.Environment["NewsBot__Telegram__BotToken"] = "";
        start.Environment["NewsBot__Discord__BotToken"] = "";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
