using System.Text.Json;
using NewsBot.Tests.Discord.Fakes;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Observability;

/// <summary>`Logging:Console:FormatterName=json` turns every log line into one JSON object for log collectors.</summary>
public sealed class JsonLogTests
{
    [Fact]
    public async Task Run_JsonFormatter_EveryLineIsJsonAndNoneHoldsTheToken()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        // A failed poll and a rejected token put warnings and errors (with their exceptions) in the log too.
        telegram.FailNextCall("getUpdates", FakeFailure.ServerError);
        var data = Directory.CreateTempSubdirectory("newsbot-json-log-");
        try
        {
            using var bot = BotProcess.Start(new Dictionary<string, string>
            {
                ["NewsBot__Logging__Console__FormatterName"] = "json",
                ["NewsBot__Storage__DataDirectory"] = data.FullName,
                ["NewsBot__Health__Port"] = "0",
                ["NewsBot__Feeds__Sources__0__Name"] = "Loopback",
                ["NewsBot__Feeds__Sources__0__Url"] = "http://127.0.0.1:9/feed.xml",
                ["NewsBot__Telegram__BotToken"] = FakeBotApi.Token,
                ["NewsBot__Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
                ["NewsBot__Telegram__PollTimeout"] = "00:00:01",
                ["NewsBot__Telegram__MaxBackoff"] = "00:00:01",
            });
            await FakeDiscord.WaitUntilAsync(() => telegram.CallsTo("getUpdates").Count() >= 2 && bot.HasLogged("getUpdates failed"), "a failed and a good poll", diagnostics: () => bot.Log);
            await bot.TerminateAsync();
            Assert.True(await bot.WaitForExitAsync(TimeSpan.FromMinutes(2)), bot.Log);

            var lines = bot.Log.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                using var entry = JsonDocument.Parse(line);
                Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            }

            Assert.Contains(lines, line => line.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.Contains("NewsBot stopped after", StringComparison.Ordinal));
            Assert.DoesNotContain("CANARY", bot.Log, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }
}
