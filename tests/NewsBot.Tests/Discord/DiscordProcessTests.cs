using System.Diagnostics;
using NewsBot.Tests.Discord.Fakes;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Discord;

/// <summary>`newsbot run` as a child process, configured only through NewsBot__Discord__* environment variables.</summary>
public sealed class DiscordProcessTests
{
    [Fact]
    public async Task Run_DiscordEnvironmentVariables_ConnectsRegistersAndAnswersCommands()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var data = Directory.CreateTempSubdirectory("newsbot-discord-run-");
        using var process = Start(fake, data.FullName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await FakeDiscord.WaitUntilAsync(() => fake.Gateway.HasLiveConnection && fake.Rest.CommandOverwrites == 1, "newsbot run to connect", seconds: 60);
            var interaction = fake.Rest.RegisterInteraction("9001");
            await fake.Gateway.DispatchAsync("INTERACTION_CREATE", new
            {
                id = "9001",
                application_id = FakeDiscord.ApplicationId,
                type = 2,
                token = interaction.Token,
                guild_id = "700",
                channel_id = "1",
                member = new { user = new { id = "42" }, permissions = "0" },
                data = new { name = "help", type = 1 },
            });
            await FakeDiscord.WaitUntilAsync(() => interaction.Answered, "the answer to /help");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }

        var identify = Assert.Single(fake.Gateway.Identifies);
        Assert.Equal(1, identify.GetProperty("intents").GetInt32());
        Assert.Contains("ikuti", fake.Rest.Messages.Single(m => m.Target == "9001").Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", await output + await error, StringComparison.Ordinal);
    }

    private static Process Start(FakeDiscord fake, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(NewsBotProcess.AssemblyPath);
        start.ArgumentList.Add("run");
        start.Environment["NewsBot__Telegram__BotToken"] = "";
        start.Environment["NewsBot__Discord__BotToken"] = FakeDiscord.Token;
        start.Environment["NewsBot__Discord__ApplicationId"] = FakeDiscord.ApplicationId;
        start.Environment["NewsBot__Discord__ApiBaseUrl"] = fake.ApiBaseUrl.ToString();
        start.Environment["NewsBot__Discord__GatewayUrl"] = fake.GatewayUrl.ToString();
        start.Environment["NewsBot__Storage__DataDirectory"] = dataDirectory;

        // One loopback feed the fetch guard refuses: the run never reaches beyond this machine.
        start.Environment["NewsBot__Feeds__Sources__0__Name"] = "Loopback";
        start.Environment["NewsBot__Feeds__Sources__0__Url"] = "http://127.0.0.1:9/feed.xml";
        return Process.Start(start)!;
    }
}
