using Microsoft.Extensions.DependencyInjection;
using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat;

/// <summary>/senyap and /ringkasan through the real router and database.</summary>
public sealed class ScheduleCommandTests : IAsyncLifetime
{
    private static readonly ChatAddress Group = ConversationHost.Group;
    private ConversationHost _host = null!;

    private ChatStore Chats => _host.Services.GetRequiredService<ChatStore>();

    public async Task InitializeAsync() => _host = await ConversationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [StoreFact]
    public async Task HandleAsync_QuietRangeFromAdmin_StoredAndConfirmedInWib()
    {
        var reply = await RunAsync("senyap", "22.00 - 06.00");

        Assert.Equal("Jam senyap diatur: 22:00–06:00 WIB. Peringatan di jam itu dikirim pukul 06:00 WIB.", reply);
        Assert.Equal(new ChatSchedule(new TimeOnly(22, 0), new TimeOnly(6, 0)), await Chats.ScheduleAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task HandleAsync_QuietFromNonAdmin_RefusedAndUnchanged()
    {
        var reply = await RunAsync("quiet", "22:00-06:00", canManage: false);

        Assert.Equal(Texts.NotAdmin, reply);
        Assert.Equal(ChatSchedule.None, await Chats.ScheduleAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task HandleAsync_QuietOff_Cleared()
    {
        await RunAsync("senyap", "22:00-06:00");

        var reply = await RunAsync("senyap", "mati");

        Assert.Equal(Texts.QuietOff, reply);
        Assert.Equal(ChatSchedule.None, await Chats.ScheduleAsync(Group, CancellationToken.None));
    }

    [StoreTheory]
    [InlineData("besok pagi")]
    [InlineData("22:00")]
    [InlineData("25:00-06:00")]
    public async Task HandleAsync_QuietNotARange_ExplainsTheFormat(string argument)
    {
        var reply = await RunAsync("senyap", argument);

        Assert.StartsWith($"\"{argument}\" bukan jam yang valid.", reply, StringComparison.Ordinal);
        Assert.Contains("/senyap 22:00-06:00", reply, StringComparison.Ordinal);
        Assert.Equal(ChatSchedule.None, await Chats.ScheduleAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task HandleAsync_QuietSameStartAndEnd_Refused()
    {
        var reply = await RunAsync("senyap", "07:00-07:00");

        Assert.Equal(Texts.QuietSameTimes, reply);
        Assert.Equal(ChatSchedule.None, await Chats.ScheduleAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task HandleAsync_DigestEnglishAlias_SetAndListedForEveryone()
    {
        var reply = await RunAsync("digest", "7.30");
        await RunAsync("ikuti", "semua");
        await RunAsync("senyap", "23:00-05:00");
        var list = await RunAsync("langganan", "", canManage: false);

        Assert.Equal(Texts.DigestSet(new TimeOnly(7, 30)), reply);
        Assert.Equal(new TimeOnly(7, 30), (await Chats.ScheduleAsync(Group, CancellationToken.None)).DigestAt);
        Assert.Contains("Jam senyap: 23:00–05:00 WIB.", list, StringComparison.Ordinal);
        Assert.Contains("Ringkasan harian: pukul 07:30 WIB.", list, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task HandleAsync_QuietWhileDigestOn_WarnsThatTheDigestDecides()
    {
        await RunAsync("ringkasan", "08:00");

        var reply = await RunAsync("senyap", "22:00-06:00");

        Assert.Contains(Texts.DigestStillOn(new TimeOnly(8, 0)), reply, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task HandleAsync_NoArgument_ShowsCurrentScheduleThenUsage()
    {
        var empty = await RunAsync("ringkasan", "");
        await RunAsync("ringkasan", "06:00");
        var set = await RunAsync("ringkasan", "");

        Assert.Equal(Texts.NoSchedule + "\n\n" + Texts.DigestUsage, empty);
        Assert.Equal("Ringkasan harian: pukul 06:00 WIB.\n\n" + Texts.DigestUsage, set);
    }

    [StoreFact]
    public async Task HandleAsync_Help_ListsTheScheduleCommands()
    {
        var help = await RunAsync("bantuan", "");

        Assert.Contains("/senyap <jam> — ", help, StringComparison.Ordinal);
        Assert.Contains("(/quiet)", help, StringComparison.Ordinal);
        Assert.Contains("/ringkasan <jam> — ", help, StringComparison.Ordinal);
        Assert.Contains("(/digest)", help, StringComparison.Ordinal);
    }

    private Task<string> RunAsync(string name, string argument, bool canManage = true) => _host.SendAsync(name, argument, canManage, user: "7");
}
