using NewsBot.Cli;

namespace NewsBot.Tests.History;

/// <summary>The history commands through the console chat of <c>newsbot demo</c> (sample feeds over loopback).</summary>
public sealed class HistoryDemoTests
{
    [Fact]
    public async Task RunAsync_SearchAndLatestAfterTheFeedCheck_AnswersFromStoredArticles()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await DemoCommand.RunAsync(new StringReader("/mulai\n/terbaru 2\n/cari curi data\n/cari \"zzqx\" OR NEAR( *\n/insiden xiaomi 2020\n"), output, error);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("2 insiden privasi terbaru:", text, StringComparison.Ordinal);
        Assert.Contains("Hasil pencarian \"curi data\": 1 berita.", text, StringComparison.Ordinal);
        Assert.Contains("— Xiaomi — SINDOnews (insiden #", text, StringComparison.Ordinal);
        Assert.Contains("https://demo.invalid/sindonews/2020/05/02/xiaomi-dituduh-curi-data-pengguna", text, StringComparison.Ordinal);
        Assert.Contains("Tidak ada berita tersimpan yang cocok dengan \"\"zzqx\" OR NEAR( *\".", text, StringComparison.Ordinal);
        Assert.Contains("Insiden privasi Xiaomi (tahun 2020): 1 insiden tercatat.", text, StringComparison.Ordinal);
    }
}
