using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Chat;
using NewsBot.Tests.Telegram.Fakes;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>The same conversation through the real bot polling the npm Telegram emulator (one emulator process for the class).</summary>
public sealed class TelegramEmulatorScenarioTests(TelegramEmulatorFixture emulator) : IClassFixture<TelegramEmulatorFixture>
{
    [Fact]
    public async Task Conversation_TelegramEmulator_EveryStepAnswered()
    {
        await using var driver = await TelegramEmulatorDriver.StartAsync(emulator);
        await ConversationScenario.RunAsync(driver);
    }

    /// <summary>/cari and /perusahaan quote what was typed: the user must read it back exactly, never as markup.</summary>
    [Fact]
    public async Task HostileArguments_TelegramEmulator_EchoedAsTypedInValidHtml()
    {
        await using var driver = await TelegramEmulatorDriver.StartAsync(emulator);
        await ScenarioData.SeedAsync(driver.Services);
        foreach (string argument in ConversationScenario.HostileArguments)
        {
            string typed = ArgumentText.Clean(argument);
            foreach (ScenarioStep step in new ScenarioStep[] { new("cari", "search", argument, ""), new("perusahaan", "companies", argument, "") })
            {
                string visible = await driver.SendAsync(step);
                string html = Assert.Single(driver.LastAnswer).Text;

                Assert.Contains($"\"{typed}\"", visible, StringComparison.Ordinal);
                if (typed.AsSpan().IndexOfAny("<>&") >= 0)
                {
                    Assert.DoesNotContain(typed, html, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>Over the burst a command is not run, but its sender is told so: no command goes unanswered.</summary>
    [Fact]
    public async Task Burst_TelegramEmulator_EveryCommandAnswered()
    {
        // One command per 10 minutes (the most allowed) after the burst of 5: each step waits at most a minute, so the
        // 6th to 10th arrive before the budget refills however slow the machine is.
        await using var driver = await TelegramEmulatorDriver.StartAsync(emulator, new() { ["Chat:CommandBurst"] = "5", ["Chat:CommandInterval"] = "00:10:00" });
        await ScenarioData.SeedAsync(driver.Services);

        var answers = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            answers.Add(await driver.SendAsync(new ScenarioStep("terbaru", "latest", "1", "")));
        }

        Assert.All(answers[..5], a => Assert.Contains("1 insiden privasi terbaru", a, StringComparison.Ordinal));
        Assert.All(answers[5..], a => Assert.Contains("/terbaru belum dijalankan", a, StringComparison.Ordinal));
    }

    /// <summary>The emulator stores any text; the relay refuses what Telegram refuses, so a bad reply shows up as missing.</summary>
    [Fact]
    public async Task Relay_UnbalancedHtml_RefusedAndNotStoredInEmulator()
    {
        const long chat = 6001;
        await using FakeBotApi relay = await FakeBotApi.StartAsync();
        relay.Upstream = emulator.BaseUrl;
        using var http = new HttpClient();
        var send = new Uri(relay.BaseUrl, $"./bot{FakeBotApi.Token}/sendMessage");

        using HttpResponseMessage refused = await http.PostAsJsonAsync(send, Message(chat, "Peretas <b>klaim bobol Tokopedia"));
        using HttpResponseMessage accepted = await http.PostAsJsonAsync(send, Message(chat, "Peretas &lt;b&gt;klaim bobol Tokopedia"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("parse entities", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        EmulatorMessage stored = Assert.Single(await emulator.ReadBotMessagesAsync(FakeBotApi.Token, chat));
        Assert.Equal("Peretas &lt;b&gt;klaim bobol Tokopedia", stored.Text);
    }

    private static JsonObject Message(long chat, string html) => new() { ["chat_id"] = chat, ["text"] = html, ["parse_mode"] = "HTML" };
}
