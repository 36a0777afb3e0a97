using Microsoft.Extensions.DependencyInjection;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Discovery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat.Subscriptions;

/// <summary>/lacak, /perusahaan, /sumber, /status and /zona through the real router.</summary>
public sealed class TrackingAndDiscoveryTests : IAsyncLifetime
{
    private ConversationHost _host = null!;

    public async Task InitializeAsync() => _host = await ConversationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [StoreTheory]
    [InlineData("bank", "terlalu umum")]
    [InlineData("ab", "terlalu pendek")]
    [InlineData("Tokopedia", "sudah ada di daftar bawaan sebagai Tokopedia")]
    [InlineData("Koperasi Maju, BRI", "sudah ada di daftar bawaan sebagai Bank Rakyat Indonesia")]
    [InlineData("\"Koperasi Maju\" OR *", "memuat tanda \"\"\"")]
    [InlineData("@everyone Koperasi", "memuat tanda \"@\"")]
    [InlineData("<b>Koperasi Maju</b>", "memuat tanda \"<\"")]
    [InlineData("Koperasi Maju 🔥", "memuat tanda")]
    public async Task Lacak_RefusedName_ReasonGivenAndNothingTracked(string argument, string reason)
    {
        var reply = await _host.SendAsync("lacak", argument);

        Assert.Contains(reason, reply, StringComparison.Ordinal);
        Assert.Equal(TrackingTexts(), await _host.SendAsync("lacak", ""));
    }

    [StoreFact]
    public async Task Lacak_StoredArticleNamesIt_InsidenAnswersAtOnce()
    {
        await _host.SeedIncidentAsync(
            "other", "Other", "Data nasabah Koperasi Maju Jaya diduga bocor di forum peretas", new DateTimeOffset(2024, 1, 5, 0, 0, 0, TimeSpan.Zero),
            withIncident: false, lead: "Data ribuan nasabah Koperasi Maju Jaya diduga bocor dan dijual di forum peretas.");

        var reply = await _host.SendAsync("lacak", "Koperasi Maju Jaya, KMJ");
        var history = await _host.SendAsync("insiden", "kmj");

        Assert.Contains("1 insiden dari berita tersimpan sudah cocok", reply, StringComparison.Ordinal);
        Assert.Contains("Data nasabah Koperasi Maju Jaya diduga bocor", history, StringComparison.Ordinal);
        Assert.Contains("Koperasi Maju Jaya (KMJ)", await _host.SendAsync("lacak", ""), StringComparison.Ordinal);
        Assert.Contains("Koperasi Maju Jaya", await _host.SendAsync("langganan", ""), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Lacak_NextFeedCheck_AnalyzerFindsTheCompanyWithoutRestart()
    {
        var source = _host.Services.GetRequiredService<CompanySource>();
        var input = new ArticleInput("1", "Data Koperasi Maju Jaya bocor", "Data nasabah Koperasi Maju Jaya bocor dan dijual peretas.");
        Assert.DoesNotContain((await source.AnalyzerAsync(CancellationToken.None)).Analyze(input).Subjects, s => s.Name == "Koperasi Maju Jaya");

        await _host.SendAsync("lacak", "Koperasi Maju Jaya");

        Assert.Contains((await source.AnalyzerAsync(CancellationToken.None)).Analyze(input).Subjects, s => s.Name == "Koperasi Maju Jaya");
    }

    [StoreFact]
    public async Task Lacak_Remove_NoLongerTrackedOrFollowed()
    {
        await _host.SendAsync("lacak", "Koperasi Maju Jaya");

        var reply = await _host.SendAsync("lacak", "hapus koperasi maju jaya");

        Assert.Equal("Koperasi Maju Jaya tidak dilacak lagi oleh chat ini.", reply);
        Assert.StartsWith(Texts.NoSubscriptions, await _host.SendAsync("langganan", ""), StringComparison.Ordinal);
        Assert.Equal(TrackingTexts(), await _host.SendAsync("lacak", ""));
    }

    [StoreFact]
    public async Task Perusahaan_NoArgument_FirstPageWithAliasesAndPageCount()
    {
        var reply = await _host.SendAsync("perusahaan", "", canManage: false);

        Assert.Matches(@"^Perusahaan yang dipantau \(\d+\), halaman 1 dari \d+:", reply);
        Assert.Equal(DiscoveryCommands.PageSize, reply.Split('\n').Count(l => l.StartsWith('•')));
    }

    [StoreFact]
    public async Task Perusahaan_Search_OnlyMatchingCompanies()
    {
        var reply = await _host.SendAsync("perusahaan", "bank");

        Assert.Contains("Bank Rakyat Indonesia (", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Tokopedia", reply, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Perusahaan_PagePastTheEnd_SaysHowManyPages()
    {
        var reply = await _host.SendAsync("perusahaan", "99");

        Assert.Matches(@"^Halaman 99 tidak ada: daftarnya hanya \d+ halaman\.", reply);
    }

    [StoreFact]
    public async Task SumberAndStatus_FailingFeed_NamedWithItsError()
    {
        await _host.ExecuteAsync(
            "INSERT INTO feeds (url, name, created_at, consecutive_failures, last_error, last_success_at) VALUES ('https://a.invalid/rss', 'Kabar Rusak', 0, 3, 'HTTP 503', 1588399200000)");
        await _host.ExecuteAsync("INSERT INTO feeds (url, name, created_at, last_success_at) VALUES ('https://b.invalid/rss', 'Kabar Sehat', 0, 1588399200000)");

        var sources = await _host.SendAsync("sumber", "");
        var status = await _host.SendAsync("status", "");

        Assert.Contains("• Kabar Rusak — GAGAL 3× berturut-turut (HTTP 503); terakhir berhasil Sabtu, 02 Mei 2020 13:00 WIB", sources, StringComparison.Ordinal);
        Assert.Contains("• Kabar Sehat — normal, terakhir berhasil", sources, StringComparison.Ordinal);
        Assert.Contains("Gagal: Kabar Rusak (3× berturut-turut: HTTP 503)", status, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Zona_SetThenQuietHoursWithOtherZone_BothStoredAndShown()
    {
        var zone = await _host.SendAsync("zona", "wita");
        var quiet = await _host.SendAsync("senyap", "22:00-06:00 WIT");
        var digest = await _host.SendAsync("ringkasan", "jam 7 pagi");
        var list = await _host.SendAsync("langganan", "", canManage: false);

        Assert.StartsWith("Zona waktu chat ini sekarang WITA (Asia/Makassar)", zone, StringComparison.Ordinal);
        Assert.StartsWith("Jam senyap diatur: 22:00–06:00 WIT.", quiet, StringComparison.Ordinal);
        Assert.StartsWith("Ringkasan harian diatur: setiap hari pukul 07:00 WIT.", digest, StringComparison.Ordinal);
        Assert.Contains("Zona waktu: WIT (Asia/Jayapura).\nJam senyap: 22:00–06:00 WIT.\nRingkasan harian: pukul 07:00 WIT.", list, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Zona_Unknown_ListsTheThreeZones()
    {
        Assert.Contains("WIB (Asia/Jakarta), WITA (Asia/Makassar) atau WIT (Asia/Jayapura)", await _host.SendAsync("zona", "CET"), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Senyap_OffWhileDigestOn_SaysTheDigestStillHolds()
    {
        await _host.SendAsync("ringkasan", "07:00");

        var reply = await _host.SendAsync("senyap", "mati");

        Assert.Contains(Texts.DigestStillOn(new TimeOnly(7, 0)), reply, StringComparison.Ordinal);
    }

    private static string TrackingTexts() => NewsBot.Chat.Tracking.TrackingTexts.NoneYet;
}
