using NewsBot.Chat;
using static NewsBot.Tests.Chat.Scenarios.ScenarioSender;

namespace NewsBot.Tests.Chat.Scenarios;

/// <summary>
/// The whole conversation, run unchanged through the console, Telegram (the Bot API fake and the npm emulator) and
/// Discord: every command with good, unknown and hostile arguments, then (where the platform has groups; the console
/// has none, so it skips <see cref="Group"/>) an administrator and a member in a group.
/// </summary>
public static class ConversationScenario
{
    /// <summary>
    /// The scenario sends more commands than one user's burst and more answers to one group than Telegram's 20 a
    /// minute; the throttle and the send pacing have their own tests.
    /// </summary>
    public static readonly Dictionary<string, string?> Unthrottled = new() { ["Chat:CommandBurst"] = "1000", ["Telegram:GroupMessagesPerMinute"] = "1000" };

    // Fragments avoid characters platforms escape (quotes, *, _, <, &, @), so one text fits all three renderings.
    public static readonly IReadOnlyList<ScenarioStep> Owner =
    [
        new("mulai", "start", "", "Saya NewsBot"),
        new("bantuan", "help", "", "Jenis insiden untuk /ikuti"),
        new("ikuti", "subscribe", "xiomi", "Mungkin maksud Anda: Xiaomi"),
        ScenarioStep.Press("Xiaomi", "Belum ada insiden tercatat untuk yang Anda ikuti"),
        new("ikuti", "subscribe", "semua", "3 insiden terakhir dari yang Anda ikuti"),
        new("berhenti", "unsubscribe", "tokopedia", "berhenti mengikuti Tokopedia"),
        new("ikuti", "subscribe", "gojek", "Gojek (hanya kebocoran)", Type: "kebocoran"),
        new("berhenti", "unsubscribe", "bukalapak", "Bukalapak (kecuali peretasan)", Type: "peretasan"),
        new("langganan", "list", "", "Kecuali: Tokopedia"),
        new("insiden", "incidents", "tokopedia", "6 insiden tercatat (halaman 1/2)"),
        ScenarioStep.NextPage("(halaman 2/2)"),
        new("insiden", "incidents", "tokopedia 2", "(halaman 2/2)"),
        new("insiden", "incidents", "tokopedia 9", "hanya ada 2 halaman"),
        new("insiden", "incidents", "tokopedia 2021", "3 insiden tercatat"),
        new("insiden", "incidents", "gojek 30 hari", "Akun pengemudi Gojek diretas"),
        new("insiden", "incidents", "#1", "Insiden #1: Tokopedia"),
        new("insiden", "incidents", "#99999", "Insiden #99999 tidak ditemukan"),
        new("insiden", "incidents", "xiomi", "Xiaomi"),
        new("terbaru", "latest", "3", "3 insiden privasi terbaru"),
        new("terbaru", "latest", "banyak", "Tulis jumlahnya"),
        new("cari", "search", "kebocoran data", "Data pengguna Tokopedia bocor"),
        new("cari", "search", "\"zzqx\" OR NEAR(", "Tidak ada berita tersimpan yang cocok"),
        new("cari", "search", "peretas bukalapak", "bobol Bukalapak"),
        new("zona", "timezone", "WITA", "sekarang WITA (Asia/Makassar)"),
        new("senyap", "quiet", "22:00-06:00 WIT", "Jam senyap diatur: 22:00"),
        new("ringkasan", "digest", "jam 7 pagi", "pukul 07:00 WIT"),
        new("zona", "timezone", "", "Asia/Jayapura"),
        new("perusahaan", "companies", "bank", "Bank Rakyat Indonesia"),
        new("sumber", "sources", "", "berita yang dibaca"),
        new("lacak", "track", "Koperasi Maju Jaya, KMJ", "sekarang melacak Koperasi Maju Jaya"),
        new("lacak", "track", "bank", "terlalu umum"),
        new("lacak", "track", "", "Koperasi Maju Jaya"),
        new("insiden", "incidents", "kmj", "Koperasi Maju Jaya"),
        new("lacak", "track", "hapus KMJ", "Koperasi Maju Jaya tidak dilacak lagi"),
        new("lacak", "track", "hapus KMJ", "tidak melacak"),
        new("status", "status", "", "Antrean pengiriman"),
        new("ikuti", "subscribe", "toko\u200Bpedia", "sekarang mengikuti Tokopedia"),
        new("langganan", "list", "", "WIT (Asia/Jayapura)"),
    ];

    /// <summary>Arguments people (or attackers) paste: every one gets an answer, never markup, a ping or a crash.</summary>
    public static readonly IReadOnlyList<string> HostileArguments =
    [
        new string('x', 10_240), "\"tokopedia\" OR *", "NEAR(tokopedia gojek) -gojek name:x", "<b>tokopedia</b><script>alert(1)</script>",
        "@everyone @here <@123>", "\u202Etokopedia\u202C \u200F", "🔥💥 tokopedia 😀", "toko\u200Bpedia",
    ];

    // Not /zona: Discord offers only its three choices there (the router's own hostile tests cover it).
    public static IEnumerable<ScenarioStep> Hostile(ScenarioSender sender) =>
        from argument in HostileArguments
        from command in new[] { ("ikuti", "subscribe"), ("berhenti", "unsubscribe"), ("insiden", "incidents"), ("terbaru", "latest"), ("cari", "search"), ("perusahaan", "companies"), ("lacak", "track"), ("senyap", "quiet"), ("ringkasan", "digest") }
        select new ScenarioStep(command.Item1, command.Item2, argument, "", sender);

    /// <summary>After the hostile block the chat's settings are what the owner set.</summary>
    public static readonly ScenarioStep SettingsKept = new("langganan", "list", "", "Ringkasan harian: pukul 07:00 WIT");

    /// <summary>Every command in a group: a member reads and is refused every setting, the administrator changes them.</summary>
    public static readonly IReadOnlyList<ScenarioStep> Group =
    [
        new("ikuti", "subscribe", "gojek", "hanya admin chat ini", GroupMember),
        new("langganan", "list", "", "belum mengikuti perusahaan mana pun", GroupMember),
        new("mulai", "start", "", "Saya NewsBot", GroupMember),
        new("bantuan", "help", "", "Jenis insiden untuk /ikuti", GroupMember),
        new("insiden", "incidents", "tokopedia", "6 insiden tercatat", GroupMember),
        new("insiden", "incidents", "#1", "Insiden #1: Tokopedia", GroupMember),
        new("terbaru", "latest", "3", "3 insiden privasi terbaru", GroupMember),
        new("cari", "search", "gojek", "Akun pengemudi Gojek diretas", GroupMember),
        new("perusahaan", "companies", "bank", "Bank Rakyat Indonesia", GroupMember),
        new("sumber", "sources", "", "berita yang dibaca", GroupMember),
        new("status", "status", "", "Antrean pengiriman", GroupMember),
        new("ikuti", "subscribe", "gojek", "sekarang mengikuti Gojek", GroupAdmin),
        new("langganan", "list", "", "Chat ini mengikuti: Gojek", GroupMember),
        new("zona", "timezone", "WIT", "hanya admin chat ini", GroupMember),
        new("senyap", "quiet", "22:00-06:00", "hanya admin chat ini", GroupMember),
        new("ringkasan", "digest", "jam 7 pagi", "hanya admin chat ini", GroupMember),
        new("berhenti", "unsubscribe", "gojek", "hanya admin chat ini", GroupMember, Type: "kebocoran"),
        new("lacak", "track", "Koperasi Sejahtera Bersama", "hanya admin chat ini", GroupMember),
        new("langganan", "list", "", "WIB (Asia/Jakarta)", GroupMember),
        new("berhenti", "unsubscribe", "gojek", "Gojek (kecuali peretasan)", GroupAdmin, Type: "peretasan"),
        new("zona", "timezone", "WITA", "sekarang WITA (Asia/Makassar)", GroupAdmin),
        new("senyap", "quiet", "22:00-06:00", "Jam senyap diatur: 22:00", GroupAdmin),
        new("ringkasan", "digest", "19.30", "pukul 19:30 WITA", GroupAdmin),
        new("lacak", "track", "Koperasi Sejahtera Bersama", "sekarang melacak Koperasi Sejahtera Bersama", GroupAdmin),
        new("lacak", "track", "hapus Koperasi Sejahtera Bersama", "tidak dilacak lagi", GroupAdmin),
    ];

    /// <summary>After a member's hostile block the group's settings are what its administrator set.</summary>
    public static readonly ScenarioStep GroupSettingsKept = new("langganan", "list", "", "Ringkasan harian: pukul 19:30 WITA", GroupMember);

    public static async Task RunAsync(IConversationDriver driver)
    {
        await ScenarioData.SeedAsync(driver.Services);
        var steps = Owner.Concat(Hostile(ScenarioSender.Owner)).Append(SettingsKept)
            .Concat(driver.HasGroups ? Group.Concat(Hostile(GroupMember)).Append(GroupSettingsKept) : []);
        foreach (var step in steps)
        {
            var answer = await driver.SendAsync(step);
            Assert.False(string.IsNullOrWhiteSpace(answer), $"{step} got no answer");
            Assert.True(answer.Contains(step.Expected, StringComparison.Ordinal), $"{step} answered:\n{answer}");
            Assert.DoesNotContain("\u202E", answer, StringComparison.Ordinal);
            Assert.DoesNotContain(Texts.CommandFailed, answer, StringComparison.Ordinal);
            Assert.True(answer.Length <= 4096, $"{step}: {answer.Length} characters");
        }
    }
}
