using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Chat.Discord;
using NewsBot.Chat.Telegram;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Chat;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.History;

/// <summary>/insiden, /terbaru and /cari through the real router and database, in a group as a member (no admin needed).</summary>
public sealed class HistoryCommandTests : IAsyncLifetime
{
    private static readonly ChatAddress Group = ConversationHost.Group;
    private static readonly ChatAddress Private = new("discord", "dm-1", ChatKind.Private);
    private ConversationHost _host = null!;
    private HistoryData _stored = null!;
    private int _user;

    public async Task InitializeAsync()
    {
        _host = await ConversationHost.StartAsync();
        _stored = new HistoryData(_host.Services.GetRequiredService<Database>());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [StoreFact]
    public async Task HandleAsync_IncidentsOfACompany_ListWithOutletsLinksAndDetailHint()
    {
        var id = await _stored.IncidentAsync("tokopedia", "Data 91 Juta Akun Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 17, 30, 0, TimeSpan.Zero));
        await _stored.ArticleAsync("Data 91 Juta Akun Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 17, 30, 0, TimeSpan.Zero), id, "Media Indonesia", url: "https://mi.example/a");
        await _stored.ArticleAsync("Tokopedia Akui Ada Upaya Pencurian Data", new DateTimeOffset(2020, 5, 3, 1, 0, 0, TimeSpan.Zero), id, "SINDOnews");

        var reply = await RunAsync("incidents", "Tokopedia");

        Assert.StartsWith("Insiden privasi Tokopedia: 1 insiden tercatat.", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"• #{id} 03 Mei 2020 — Kebocoran data (Dikonfirmasi)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Sumber: Media Indonesia, SINDOnews", reply.Text, StringComparison.Ordinal);
        Assert.Equal("https://mi.example/a", Assert.Single(reply.Links).Url);
        Assert.Null(reply.Page);
    }

    [StoreFact]
    public async Task HandleAsync_PagesOfIncidents_SecondPageAndPastTheEnd()
    {
        for (var i = 0; i < 7; i++)
        {
            await _stored.IncidentAsync("gojek", $"Insiden Gojek {i}", new DateTimeOffset(2023, 1 + i, 5, 0, 0, 0, TimeSpan.Zero));
        }

        var second = await RunAsync("insiden", "gojek 2");
        var buttonPage = await RunAsync("insiden", "gojek", page: 2);
        var past = await RunAsync("insiden", "gojek 9999");

        Assert.StartsWith("Insiden privasi Gojek: 7 insiden tercatat (halaman 2/2).", second.Text, StringComparison.Ordinal);
        Assert.Contains("Insiden Gojek 0", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Insiden Gojek 2", second.Text, StringComparison.Ordinal);
        Assert.Equal(new ReplyPage("insiden", "gojek", 2, 2), second.Page);
        Assert.Equal(second.Text, buttonPage.Text);
        Assert.Equal("Halaman 9999 tidak ada: hanya ada 2 halaman. Coba /insiden gojek 2.", past.Text);
    }

    [StoreFact]
    public async Task HandleAsync_IncidentsOfAYear_OnlyThatYearAndItsPagesKeepThePeriod()
    {
        await _stored.IncidentAsync("gojek", "Tahun lalu", new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < 6; i++)
        {
            await _stored.IncidentAsync("gojek", $"Tahun ini {i}", new DateTimeOffset(2023, 1 + i, 5, 0, 0, 0, TimeSpan.Zero));
        }

        var reply = await RunAsync("insiden", "gojek 2023");
        var none = await RunAsync("insiden", "gojek 2019");

        Assert.StartsWith("Insiden privasi Gojek (tahun 2023): 6 insiden tercatat (halaman 1/2).", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tahun lalu", reply.Text, StringComparison.Ordinal);
        Assert.Equal(new ReplyPage("insiden", "gojek 2023", 1, 2), reply.Page);
        Assert.Equal("Tidak ada insiden privasi Gojek pada periode tahun 2019.", none.Text);
    }

    [StoreFact]
    public async Task HandleAsync_OneIncident_EveryOutletWithLinks()
    {
        var id = await _stored.IncidentAsync("tokopedia", "Data Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero));
        await _stored.ArticleAsync("Data Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero), id, "SINDOnews", url: "https://sindo.example/1");
        await _stored.ArticleAsync("Tokopedia Konfirmasi", new DateTimeOffset(2020, 5, 3, 6, 43, 0, TimeSpan.Zero), id, "Kompas", url: "https://kompas.example/2");

        var reply = await RunAsync("insiden", $"#{id}");

        Assert.StartsWith($"Insiden #{id}: Tokopedia — Kebocoran data", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Pertama diberitakan: Sabtu, 02 Mei 2020 13:43 WIB", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Jumlah data: 91 juta", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Diberitakan oleh 2 media:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1. 02 Mei 2020 — SINDOnews (laporan pertama): Data Tokopedia Bocor", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2. 03 Mei 2020 — Kompas: Tokopedia Konfirmasi", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["https://sindo.example/1", "https://kompas.example/2"], reply.Links.Select(l => l.Url));
        Assert.Equal(HistoryTexts_NoSuchIncident(id + 100), (await RunAsync("insiden", $"#{id + 100}")).Text);
    }

    [StoreFact]
    public async Task HandleAsync_Latest_AllCompaniesNewestFirstBoundedCount()
    {
        for (var i = 0; i < 25; i++)
        {
            await _stored.IncidentAsync(i % 2 == 0 ? "gojek" : "tokopedia", $"Insiden {i}", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i));
        }

        var standard = await RunAsync("terbaru", "");
        var many = await RunAsync("latest", "500");
        var bad = await RunAsync("terbaru", "banyak");

        Assert.StartsWith("5 insiden privasi terbaru:", standard.Text, StringComparison.Ordinal);
        Assert.Contains("Gojek: Kebocoran data", standard.Text, StringComparison.Ordinal);
        Assert.True(standard.Text.IndexOf("Insiden 24", StringComparison.Ordinal) < standard.Text.IndexOf("Insiden 23", StringComparison.Ordinal));
        Assert.StartsWith("20 insiden privasi terbaru:", many.Text, StringComparison.Ordinal);
        Assert.Equal(NewsBot.Chat.History.HistoryTexts.LatestUsage, bad.Text);
    }

    [StoreFact]
    public async Task HandleAsync_SearchInPrivateChat_HitsWithDateCompanyOutletTitleLink()
    {
        var id = await _stored.IncidentAsync("tokopedia", "Data Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero));
        await _stored.ArticleAsync("Data 91 Juta Akun Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero), id, "SINDOnews", url: "https://sindo.example/1");
        await _stored.ArticleAsync("Harga cabai naik", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero));

        var reply = await RunAsync("cari", "akun bocor", chat: Private);

        Assert.StartsWith("Hasil pencarian \"akun bocor\": 1 berita.", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"1. 02 Mei 2020 — Tokopedia — SINDOnews (insiden #{id})", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Data 91 Juta Akun Tokopedia Bocor", reply.Text, StringComparison.Ordinal);
        Assert.Equal("https://sindo.example/1", Assert.Single(reply.Links).Url);
    }

    [StoreFact]
    public async Task HandleAsync_SearchPages_ButtonArgumentLeadsToTheNextPage()
    {
        for (var i = 0; i < 7; i++)
        {
            await _stored.ArticleAsync($"Serangan siber {i}", new DateTimeOffset(2024, 1, 1 + i, 0, 0, 0, TimeSpan.Zero));
        }

        var first = await RunAsync("cari", "serangan siber");
        var second = await RunAsync("cari", first.Page!.Argument, page: 2);
        var typed = await RunAsync("cari", "serangan siber halaman 2");
        var past = await RunAsync("cari", "serangan siber halaman 5");

        Assert.Equal(new ReplyPage("cari", "serangan siber halaman", 1, 2), first.Page);
        Assert.StartsWith("Hasil pencarian \"serangan siber\": 7 berita (halaman 2/2).", second.Text, StringComparison.Ordinal);
        Assert.Equal(second.Text, typed.Text);
        Assert.Equal("Halaman 5 tidak ada: hanya ada 2 halaman. Coba /cari serangan siber halaman 2.", past.Text);
    }

    public static TheoryData<string> HostileArguments() =>
    [
        new string('a', 10_240),
        string.Join(' ', Enumerable.Repeat("kata", 3000)),
        "\"bocor\" OR * NEAR(data, 2) -sandi title:x ^y",
        "<b>tokopedia</b> <script>alert(1)</script>",
        "@everyone @here <@123>",
        "\u202Etokopedia\u202C \u200Ftokopedia",
        "🔥💥 data",
        "toko\u200Bpedia",
        "\"\"\"",
        "'; DROP TABLE articles; --",
    ];

    [StoreTheory]
    [MemberData(nameof(HostileArguments))]
    public async Task HandleAsync_HostileArguments_EveryHistoryCommandAnswersAndDataSurvives(string argument)
    {
        var id = await _stored.IncidentAsync("tokopedia", "Data Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero));
        await _stored.ArticleAsync("Data Tokopedia Bocor", new DateTimeOffset(2020, 5, 2, 6, 43, 0, TimeSpan.Zero), id);

        foreach (var command in new[] { "cari", "insiden", "terbaru" })
        {
            var reply = await RunAsync(command, argument);

            Assert.False(reply.IsNone);
            Assert.DoesNotContain("@everyone", DiscordReplyRenderer.Render(reply, ephemeral: false).Content, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", string.Concat(TelegramRenderer.RenderReply(reply).Parts), StringComparison.Ordinal);
            Assert.True(reply.Text.Length < 4000, $"/{command} answered {reply.Text.Length} characters");
        }

        Assert.Single((await RunAsync("cari", "tokopedia")).Links);
    }

    private static string HistoryTexts_NoSuchIncident(long id) => NewsBot.Chat.History.HistoryTexts.NoSuchIncident(id);

    // Each command from another member, so the per-user throttle never answers instead of the command.
    private Task<Reply> RunAsync(string name, string argument, int page = 1, ChatAddress? chat = null) =>
        _host.ReplyAsync(name, argument, canManage: false, chat, $"member-{++_user}", page);
}
