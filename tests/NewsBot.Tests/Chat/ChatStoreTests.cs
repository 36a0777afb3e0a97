using NewsBot.Chat;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat;

public sealed class ChatStoreTests
{
    private static readonly ChatAddress Group = new("telegram", "-100", ChatKind.Group);

    [StoreFact]
    public async Task SubscribeAsync_Twice_SecondReportsExisting()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());

        var first = await store.SubscribeAsync(Group, "Grup", "tokopedia", CancellationToken.None);
        var second = await store.SubscribeAsync(Group, "Grup", "tokopedia", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(["tokopedia"], await store.SubscriptionsAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task PauseChatAsync_KeepsSubscriptions()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        await store.SubscribeAsync(Group, null, "xiaomi", CancellationToken.None);

        await store.PauseChatAsync(Group, "bot kicked", CancellationToken.None);

        Assert.True(await store.IsPausedAsync(Group, CancellationToken.None));
        Assert.Equal(["xiaomi"], await store.SubscriptionsAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task UnsubscribeAsync_All_RemovesEverySubscription()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        await store.SubscribeAsync(Group, null, "xiaomi", CancellationToken.None);
        await store.SubscribeAsync(Group, null, "tokopedia", CancellationToken.None);

        var removed = await store.UnsubscribeAsync(Group, ChatStore.AllCompanies, CancellationToken.None);

        Assert.Equal(2, removed);
        Assert.Empty(await store.SubscriptionsAsync(Group, CancellationToken.None));
    }

    [StoreFact]
    public async Task MoveChatAsync_NewId_KeepsSubscriptionsUnderNewId()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        await store.SubscribeAsync(Group, null, "xiaomi", CancellationToken.None);

        await store.MoveChatAsync(Group, "-1009", CancellationToken.None);

        Assert.Empty(await store.SubscriptionsAsync(Group, CancellationToken.None));
        Assert.Equal(["xiaomi"], await store.SubscriptionsAsync(Group with { ExternalId = "-1009" }, CancellationToken.None));
    }

    [StoreFact]
    public async Task MoveChatAsync_NewIdAlreadyKnown_MergesSubscriptions()
    {
        using var db = await TestDatabase.CreateAsync();
        var store = new ChatStore(db.Database, new FakeTimeProvider());
        var moved = Group with { ExternalId = "-1009" };
        await store.SubscribeAsync(Group, null, "xiaomi", CancellationToken.None);
        await store.SubscribeAsync(moved, null, "tokopedia", CancellationToken.None);

        await store.MoveChatAsync(Group, "-1009", CancellationToken.None);

        Assert.Equal(["tokopedia", "xiaomi"], await store.SubscriptionsAsync(moved, CancellationToken.None));
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
}
