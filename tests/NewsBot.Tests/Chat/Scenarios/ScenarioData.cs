using Microsoft.Extensions.DependencyInjection;
using NewsBot.Storage;
using NewsBot.Tests.History;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>
/// The history every platform's conversation starts from: six Tokopedia incidents (two pages) from 2020 to 2022, a
/// Gojek incident two days ago, and a Bukalapak article whose title carries HTML and a mass mention.
/// </summary>
public static class ScenarioData
{
    public const string HostileTitle = "Peretas <b>klaim</b> @everyone bobol Bukalapak";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var data = new HistoryData(services.GetRequiredService<Database>());
        var start = new DateTimeOffset(2020, 5, 3, 3, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 6; i++)
        {
            var at = start.AddDays(i * 120);
            var id = await data.IncidentAsync("tokopedia", $"Data pengguna Tokopedia bocor gelombang {i + 1}", at);
            await data.ArticleAsync($"Data pengguna Tokopedia bocor gelombang {i + 1}", at, id, lead: "Kebocoran data pengguna Tokopedia dijual di forum.");
        }

        var recent = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-2);
        var gojek = await data.IncidentAsync("gojek", "Akun pengemudi Gojek diretas", recent, "Hacking");
        await data.ArticleAsync("Akun pengemudi Gojek diretas", recent, gojek, outlet: "Media Indonesia");
        var bukalapak = await data.IncidentAsync("bukalapak", HostileTitle, start.AddDays(400), "Hacking");
        await data.ArticleAsync(HostileTitle, start.AddDays(400), bukalapak, outlet: "Kompas");
    }
}
