using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

/// <summary>The embedded default end to end: sample feeds over loopback, fresh database, console chat.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task RunAsync_SubscribeXiaomi_PrintsOneXiaomiAlertFromSindonewsAndHistory()
    {
        var (code, output, _) = await RunDemoAsync("/ikuti xiaomi\n/insiden xiaomi\n");

        Assert.Equal(0, code);
        Assert.Contains("Chat ini sekarang mengikuti Xiaomi", output);
        Assert.Single(Alerts(output));
        var alert = Alerts(output)[0];
        Assert.Contains("Xiaomi — Pengumpulan/penyalahgunaan data", alert);
        Assert.Contains("Sabtu, 02 Mei 2020 13:43 WIB", alert);
        Assert.Contains("Sumber: SINDOnews", alert);
        Assert.Contains("https://demo.invalid/sindonews/2020/05/02/xiaomi-dituduh-curi-data-pengguna", alert);
        Assert.Contains("Insiden privasi Xiaomi:", output);
        Assert.Contains("Ponsel Cerdasnya Dituduh Curi Data Pengguna", output[output.IndexOf("Insiden privasi Xiaomi:", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("Ponsel Lipat", output);
        Assert.DoesNotContain("Laptop", output);
        Assert.DoesNotContain("Tokopedia", output);
    }

    [Fact]
    public async Task RunAsync_SubscribeWhatsApp_WhatsAppAlertOnlyFromMediaIndonesia()
    {
        var (code, output, _) = await RunDemoAsync("/ikuti whatsapp\n");

        Assert.Equal(0, code);
        var alert = Assert.Single(Alerts(output));
        Assert.Contains("WhatsApp", alert);
        Assert.Contains("Perubahan kebijakan privasi", alert);
        Assert.Contains("Sumber: Media Indonesia", alert);
        Assert.DoesNotContain("Xiaomi", output);
        Assert.DoesNotContain("Sharp", alert);
        Assert.DoesNotContain("Samsung", alert);
    }

    [Fact]
    public async Task RunAsync_UnknownCommandAndNoSubscription_RepliesAndSendsNoAlert()
    {
        var (code, output, _) = await RunDemoAsync("/entahlah\n/langganan\n");

        Assert.Equal(0, code);
        Assert.Contains("Perintah tidak dikenal", output);
        Assert.Contains("belum mengikuti", output);
        Assert.Empty(Alerts(output));
    }

    private static List<string> Alerts(string output) =>
        [.. output.Split("🔔", StringSplitOptions.None).Skip(1).Select(block => block.Split("\n\n\n")[0])];

    private static async Task<(int Code, string Output, string Error)> RunDemoAsync(string commands)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await DemoCommand.RunAsync(new StringReader(commands), output, error);

        return (code, output.ToString(), error.ToString());
    }
}
