using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>
/// The npm emulator telegram-test-api 4.2.1 on 127.0.0.1 with a free port. Installs it with `npm ci` when
/// tests/telegram-emulator/node_modules is missing (so plain `dotnet test` works on a fresh clone with npm),
/// starts `node --unhandled-rejections=warn start.js`, and kills it at the end.
/// </summary>
public sealed partial class TelegramEmulatorFixture : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private Process? _node;

    public Uri BaseUrl { get; private set; } = null!;

    public static string Folder => Path.Combine(SharedFolder.RepositoryRoot, "tests", "telegram-emulator");

    public async Task InitializeAsync()
    {
        await InstallOnceAsync();

        int port = FreePort();
        var start = new ProcessStartInfo("node", ["--unhandled-rejections=warn", "start.js"])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TG_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _node.OutputDataReceived += (_, _) => { };
        _node.ErrorDataReceived += (_, _) => { };
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        try
        {
            await WaitUntilServingAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_node is { HasExited: false })
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }

        _node?.Dispose();
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Acts as a user: POST /sendCommand (a bot_command entity is added for the leading word).</summary>
    public async Task SendCommandAsync(string botToken, JsonObject from, JsonObject chat, string text)
    {
        int length = text.Contains(' ', StringComparison.Ordinal) ? text.IndexOf(' ', StringComparison.Ordinal) : text.Length;
        var body = new JsonObject
        {
            ["botToken"] = botToken,
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" }),
        };
        using HttpResponseMessage response = await _http.PostAsJsonAsync(new Uri(BaseUrl, "sendCommand"), body);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Queues a raw update through the launcher's /__inject route.</summary>
    public async Task InjectAsync(string botToken, JsonObject update)
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync(new Uri(BaseUrl, "__inject"), new JsonObject { ["botToken"] = botToken, ["update"] = update });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits for the bot's next unread messages to <paramref name="chatId"/>: the raw sendMessage bodies.</summary>
    public async Task<List<JsonElement>> WaitForBotMessagesAsync(string botToken, long chatId, int count, TimeSpan timeout)
    {
        var messages = new List<JsonElement>();
        var clock = Stopwatch.StartNew();
        while (messages.Count < count && clock.Elapsed < timeout)
        {
            using HttpResponseMessage response = await _http.PostAsJsonAsync(new Uri(BaseUrl, "getUpdates"), new JsonObject { ["token"] = botToken, ["chatId"] = chatId });
            JsonElement result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result");
            messages.AddRange(result.EnumerateArray().Select(r => r.GetProperty("message").Clone()));
            if (messages.Count < count)
            {
                await Task.Delay(100);
            }
        }

        return messages;
    }

    // Test classes with their own emulator start in parallel: one `npm ci` at a time, or they delete each other's files.
    private static async Task InstallOnceAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "telegram-test-api")))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], InstallTimeout);
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private async Task WaitUntilServingAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_node!.HasExited)
            {
                throw new InvalidOperationException($"telegram-test-api exited with code {_node.ExitCode}");
            }

            try
            {
                using HttpResponseMessage response = await _http.PostAsync(new Uri(BaseUrl, "./bot1:probe/getMe"), null);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("telegram-test-api did not start within " + StartTimeout);
    }

    private static async Task RunAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
