using NewsBot.Analysis;
using NewsBot.Chat;
using NewsBot.Chat.Subscriptions;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat;

public sealed class ChatStoreTests
{
    private static readonly ChatAddress Group = new("telegram", "-100", ChatKind.Group);

    [StoreFact]
    public async Task PauseChatAsync_KeepsSubscriptions()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        var subscriptions = new SubscriptionStore(db.Database, store, new FakeTimeProvider());
        await subscriptions.FollowAsync(Group, null, "xiaomi", NoTypes, CancellationToken.None);

        await store.PauseChatAsync(Group, "bot kicked", CancellationToken.None);

        Assert.True(await store.IsPausedAsync(Group, CancellationToken.None));
        Assert.Equal(["xiaomi"], await FollowedAsync(subscriptions, Group));
    }

    [StoreFact]
    public async Task MoveChatAsync_NewId_KeepsSubscriptionsUnderNewId()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        var subscriptions = new SubscriptionStore(db.Database, store, new FakeTimeProvider());
        await subscriptions.FollowAsync(Group, null, "xiaomi", NoTypes, CancellationToken.None);

        await store.MoveChatAsync(Group, "-1009", CancellationToken.None);

        Assert.Empty(await FollowedAsync(subscriptions, Group));
        Assert.Equal(["xiaomi"], await FollowedAsync(subscriptions, Group with { ExternalId = "-1009" }));
    }

    [StoreFact]
    public async Task MoveChatAsync_NewIdAlreadyKnown_MergesSubscriptions()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        var subscriptions = new SubscriptionStore(db.Database, store, new FakeTimeProvider());
        var moved = Group with { ExternalId = "-1009" };
        await subscriptions.FollowAsync(Group, null, "xiaomi", NoTypes, CancellationToken.None);
        await subscriptions.FollowAsync(moved, null, "tokopedia", NoTypes, CancellationToken.None);

        await store.MoveChatAsync(Group, "-1009", CancellationToken.None);

        Assert.Equal(["tokopedia", "xiaomi"], await FollowedAsync(subscriptions, moved));
    }

    [StoreFact]
    public async Task MoveChatAsync_OntoKnownChat_MovesQueueWithoutDuplicatingAnAlert()
    {
        await using var db = await OutboxFixture.CreateAsync();
        var old = await db.AddChatAsync("telegram", "-1");
        var target = await db.AddChatAsync("telegram", "-1001");
        await db.AddAlertAsync("Both", old, target);
        await db.AddAlertAsync("OldOnly", old);
        var store = new ChatStore(db.Database, db.Clock);

        await store.MoveChatAsync(new ChatAddress("telegram", "-1", ChatKind.Group), "-1001", CancellationToken.None);

        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM chats WHERE id = @id", ("id", old)));
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE chat_id = @id", ("id", target)));
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(DISTINCT alert_key) FROM outbox WHERE chat_id = @id", ("id", target)));
    }

    private static readonly HashSet<IncidentType> NoTypes = [];

    private static async Task<IEnumerable<string>> FollowedAsync(SubscriptionStore subscriptions, ChatAddress chat) =>
        (await subscriptions.RulesAsync(chat, CancellationToken.None)).Companies.Keys.Order(StringComparer.Ordinal);
}
