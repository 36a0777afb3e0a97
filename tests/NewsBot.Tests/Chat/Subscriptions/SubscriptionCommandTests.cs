using Microsoft.Extensions.DependencyInjection;
using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Subscriptions;
using NewsBot.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat.Subscriptions;

/// <summary>/ikuti, /berhenti and /langganan through the real router, and the routing decision they drive.</summary>
public sealed class SubscriptionCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset May2020 = new(2020, 5, 2, 6, 0, 0, TimeSpan.Zero);
    private ConversationHost _host = null!;

    public async Task InitializeAsync() => _host = await ConversationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<IReadOnlyList<long>> RecipientsAsync(string[] slugs, IncidentType type)
    {
        await using var connection = await _host.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        return await AlertRecipients.RecipientsAsync(connection, transaction, slugs, type, CancellationToken.None);
    }

    [StoreFact]
    public async Task StopAsync_WhileFollowingAll_ExcludedFromRoutingAndListed()
    {
        await _host.SendAsync("ikuti", "semua");

        var reply = await _host.SendAsync("berhenti", "tokopedia");
        var list = await _host.SendAsync("langganan", "", canManage: false);

        Assert.Contains("berhenti mengikuti Tokopedia", reply, StringComparison.Ordinal);
        Assert.Empty(await RecipientsAsync(["tokopedia"], IncidentType.DataLeak));
        Assert.Single(await RecipientsAsync(["gojek"], IncidentType.DataLeak));
        Assert.Contains("semua perusahaan yang dipantau.\nKecuali: Tokopedia.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Tokopedia,", list, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task FollowAsync_ExcludedCompanyAgain_ExclusionLifted()
    {
        await _host.SendAsync("ikuti", "semua");
        await _host.SendAsync("berhenti", "tokopedia");

        await _host.SendAsync("ikuti", "tokopedia");

        Assert.Single(await RecipientsAsync(["tokopedia"], IncidentType.DataLeak));
        Assert.DoesNotContain("Kecuali", await _host.SendAsync("langganan", ""), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task FollowAsync_TypeFilter_RoutesOnlyThatTypeAndShowsIt()
    {
        var reply = await _host.SendAsync("ikuti", "tokopedia, bukalapak hanya kebocoran");

        Assert.StartsWith("Chat ini sekarang mengikuti Tokopedia, Bukalapak (hanya kebocoran).", reply, StringComparison.Ordinal);
        Assert.Single(await RecipientsAsync(["bukalapak"], IncidentType.DataLeak));
        Assert.Empty(await RecipientsAsync(["tokopedia"], IncidentType.PolicyChange));
        Assert.Contains("Bukalapak (hanya kebocoran); Tokopedia (hanya kebocoran)", await _host.SendAsync("langganan", ""), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task FollowAsync_IncidentsStored_LastThreeNewestFirstInOneReply()
    {
        for (var i = 0; i < 4; i++)
        {
            await _host.SeedIncidentAsync("tokopedia", "Tokopedia", $"Insiden Tokopedia {i}", May2020.AddDays(i));
        }

        await _host.SeedIncidentAsync("gojek", "Gojek", "Insiden Gojek", May2020.AddDays(10));

        var reply = await _host.SendAsync("ikuti", "tokopedia");

        var lines = reply.Split('\n').Where(l => l.StartsWith('•')).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("Insiden Tokopedia 3", lines[0], StringComparison.Ordinal);
        Assert.Contains("Insiden Tokopedia 1", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Gojek", reply, StringComparison.Ordinal);
        Assert.Contains(SubscriptionTexts.RecentHeader, reply, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task FollowAsync_NothingStored_SaysNoneRecordedYet()
    {
        var reply = await _host.SendAsync("ikuti", "semua");

        Assert.EndsWith(SubscriptionTexts.NoneRecorded, reply, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task FollowAsync_ExcludedAndFilteredIncidents_NotAmongTheLastThree()
    {
        await _host.SeedIncidentAsync("tokopedia", "Tokopedia", "Tokopedia bocor", May2020);
        await _host.SeedIncidentAsync("gojek", "Gojek", "Gojek kebijakan", May2020.AddDays(1), type: "PolicyChange");
        await _host.SendAsync("berhenti", "semua");
        await _host.SendAsync("ikuti", "semua kebocoran");

        var reply = await _host.SendAsync("ikuti", "gojek kebocoran");

        Assert.DoesNotContain("Gojek kebijakan", reply, StringComparison.Ordinal);
        Assert.Contains("Tokopedia bocor", reply, StringComparison.Ordinal);
    }

    [StoreTheory]
    [InlineData("xiomi", "Xiaomi")]
    [InlineData("whatsap", "WhatsApp")]
    [InlineData("bank bri", "Bank Rakyat Indonesia")]
    public async Task FollowAsync_Misspelt_SuggestsAndStoresNothing(string input, string suggestion)
    {
        var reply = await _host.SendAsync("ikuti", input);

        Assert.Contains($"Mungkin maksud Anda: {suggestion}", reply, StringComparison.Ordinal);
        Assert.True((await _host.Services.GetRequiredService<SubscriptionStore>().RulesAsync(ConversationHost.Group, CancellationToken.None)).IsEmpty);
    }

    [StoreFact]
    public async Task FollowAsync_Misspelt_SuggestionsAsButtonsOnTelegramAndDiscord()
    {
        var reply = await _host.ReplyAsync("ikuti", "xiomi");

        var choice = Assert.Single(reply.Choices);
        Assert.Equal(new ReplyChoice("Xiaomi", "ikuti", "xiaomi"), choice);
        var telegram = NewsBot.Chat.Telegram.TelegramRenderer.RenderReply(reply).Keyboard!.InlineKeyboard.SelectMany(r => r).Single();
        Assert.Equal("Xiaomi", telegram.Text);
        Assert.Equal(("ikuti", "xiaomi", 1), NewsBot.Chat.Telegram.PagingData.Decode(telegram.CallbackData));
        var discord = NewsBot.Chat.Discord.DiscordReplyRenderer.Render(reply, ephemeral: true).Components!.Single().Components!.Single();
        Assert.Equal(("ikuti", 1, "xiaomi"), NewsBot.Chat.Discord.DiscordReplyRenderer.ParsePageId(discord.CustomId));
    }

    [StoreFact]
    public async Task FollowAsync_ZeroWidthSpaceInsideName_StillKnown()
    {
        var reply = await _host.SendAsync("ikuti", "toko\u200Bpedia");

        Assert.StartsWith("Chat ini sekarang mengikuti Tokopedia.", reply, StringComparison.Ordinal);
    }

    [StoreTheory]
    [InlineData("ikuti", "tokopedia")]
    [InlineData("berhenti", "semua")]
    [InlineData("lacak", "Koperasi Maju Jaya")]
    [InlineData("zona", "WITA")]
    public async Task HandleAsync_MemberInGroup_RefusedAndNothingChanged(string name, string argument)
    {
        var reply = await _host.SendAsync(name, argument, canManage: false);

        Assert.Equal(Texts.NotAdmin, reply);
        Assert.Equal(Texts.NoSubscriptions + "\nZona waktu: WIB (Asia/Jakarta).\n" + Texts.NoSchedule, await _host.SendAsync("langganan", "", canManage: false));
    }

    [StoreFact]
    public async Task HandleAsync_PrivateChat_OwnSubscriptionsSeparateFromGroup()
    {
        await _host.SendAsync("ikuti", "gojek", chat: ConversationHost.Private);

        Assert.Contains("Chat ini mengikuti: Gojek.", await _host.SendAsync("langganan", "", chat: ConversationHost.Private), StringComparison.Ordinal);
        Assert.StartsWith(Texts.NoSubscriptions, await _host.SendAsync("langganan", ""), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task StopAsync_NotFollowed_SaysSo()
    {
        await _host.SendAsync("ikuti", "gojek");

        Assert.Equal("Chat ini memang tidak mengikuti Tokopedia.", await _host.SendAsync("berhenti", "tokopedia"));
        Assert.Single(await RecipientsAsync(["gojek"], IncidentType.Hacking));
    }

    [StoreFact]
    public async Task StopAsync_PausedChat_NotRouted()
    {
        await _host.SendAsync("ikuti", "semua");
        await _host.Services.GetRequiredService<ChatStore>().PauseChatAsync(ConversationHost.Group, "test", CancellationToken.None);

        Assert.Empty(await RecipientsAsync(["gojek"], IncidentType.DataLeak));
    }

    [StoreFact]
    public async Task StopAsync_CompanyAndTypeWhileFollowingAll_OnlyThatTypeStopsAndListed()
    {
        await _host.SendAsync("ikuti", "semua");

        var reply = await _host.SendAsync("berhenti", "tokopedia kebocoran");
        var list = await _host.SendAsync("langganan", "");

        Assert.StartsWith("Peringatan kebocoran tentang Tokopedia tidak dikirim lagi", reply, StringComparison.Ordinal);
        Assert.Contains("Tokopedia (kecuali kebocoran)", reply, StringComparison.Ordinal);
        Assert.Contains("Aturan khusus: Tokopedia (kecuali kebocoran).", list, StringComparison.Ordinal);
        Assert.Empty(await RecipientsAsync(["tokopedia"], IncidentType.DataLeak));
        Assert.Single(await RecipientsAsync(["tokopedia"], IncidentType.Hacking));
        Assert.Single(await RecipientsAsync(["gojek"], IncidentType.DataLeak));
    }

    [StoreFact]
    public async Task StopAsync_LastTypeOfFilteredCompanyUnderAll_CompanyExcluded()
    {
        await _host.SendAsync("ikuti", "semua");
        await _host.SendAsync("ikuti", "gojek hanya kebocoran");

        await _host.SendAsync("berhenti", "gojek jenis kebocoran");

        Assert.Empty(await RecipientsAsync(["gojek"], IncidentType.DataLeak));
        Assert.Empty(await RecipientsAsync(["gojek"], IncidentType.Hacking));
        Assert.Contains("Kecuali: Gojek.", await _host.SendAsync("langganan", ""), StringComparison.Ordinal);
    }

    [StoreTheory]
    [InlineData("semua kebocoran")]
    [InlineData("kebocoran")]
    [InlineData("jenis kebocoran")]
    public async Task StopAsync_TypeForEverything_NoLeakAnywhereOtherTypesStay(string argument)
    {
        await _host.SendAsync("ikuti", "semua");
        await _host.SendAsync("ikuti", "bca hanya kebocoran, peretasan");

        var reply = await _host.SendAsync("berhenti", argument);

        Assert.StartsWith("Peringatan kebocoran tidak dikirim lagi ke chat ini, untuk semua yang diikutinya.", reply, StringComparison.Ordinal);
        Assert.Empty(await RecipientsAsync(["bca"], IncidentType.DataLeak));
        Assert.Empty(await RecipientsAsync(["gojek"], IncidentType.DataLeak));
        Assert.Single(await RecipientsAsync(["bca"], IncidentType.Hacking));
        Assert.Single(await RecipientsAsync(["gojek"], IncidentType.Ransomware));
        Assert.Contains("Chat ini mengikuti semua perusahaan yang dipantau (kecuali kebocoran).\nAturan khusus: Bank Central Asia (hanya peretasan).", reply, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task StopAsync_TypeNotReceived_SaysSoAndNothingChanges()
    {
        await _host.SendAsync("ikuti", "gojek hanya peretasan");

        var reply = await _host.SendAsync("berhenti", "gojek, tokopedia kebocoran");

        Assert.Equal(
            "Chat ini memang tidak menerima peringatan kebocoran tentang Gojek.\nChat ini memang tidak menerima peringatan kebocoran tentang Tokopedia.",
            reply);
        Assert.Single(await RecipientsAsync(["gojek"], IncidentType.Hacking));
    }

    [StoreFact]
    public async Task FollowAsync_OnlyTypeWords_AsksForTheCompany()
    {
        Assert.Equal(SubscriptionTexts.Usage, await _host.SendAsync("ikuti", "hanya kebocoran"));
    }
}
