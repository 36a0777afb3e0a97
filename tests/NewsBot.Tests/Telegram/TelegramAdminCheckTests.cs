using NewsBot.Chat.Telegram;
using NewsBot.Tests.Telegram.Fakes;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TgChat = Telegram.Bot.Types.Chat;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramAdminCheckTests : IAsyncLifetime
{
    private const long Group = -1001;
    private readonly FakeTimeProvider _clock = new();
    private TelegramTestContext _context = null!;

    public async Task InitializeAsync() => _context = await TelegramTestContext.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Theory]
    [InlineData("creator", true)]
    [InlineData("administrator", true)]
    [InlineData("member", false)]
    [InlineData("restricted", false)]
    [InlineData("left", false)]
    [InlineData("kicked", false)]
    public async Task CanManage_GroupMemberStatus_OnlyCreatorAndAdministrator(string status, bool expected)
    {
        _context.Api.SetMember(Group, 7, status);

        bool allowed = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(7), senderChat: null, CancellationToken.None);

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public async Task CanManage_PrivateChat_AlwaysWithoutLookup()
    {
        bool allowed = await _context.Admins.CanManageAsync(new TgChat { Id = 7, Type = ChatType.Private }, UserWithId(7), null, CancellationToken.None);

        Assert.True(allowed);
        Assert.Empty(_context.Api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task CanManage_AnonymousAdminOfThisGroup_Allowed()
    {
        bool allowed = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(TelegramAdminCheck.AnonymousAdminUserId), GroupChat(), CancellationToken.None);

        Assert.True(allowed);
    }

    [Fact]
    public async Task CanManage_PlaceholderUserWithoutMatchingSenderChat_Refused()
    {
        // Even if Telegram claimed the placeholder were an admin, the id alone never grants rights.
        _context.Api.SetMember(Group, TelegramAdminCheck.AnonymousAdminUserId, "administrator");

        bool noSender = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(TelegramAdminCheck.AnonymousAdminUserId), null, CancellationToken.None);
        bool otherGroup = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(TelegramAdminCheck.AnonymousAdminUserId), new TgChat { Id = -999, Type = ChatType.Supergroup }, CancellationToken.None);

        Assert.False(noSender);
        Assert.False(otherGroup);
    }

    [Fact]
    public async Task CanManage_LinkedChannelOrServiceUser_Refused()
    {
        _context.Api.SetMember(Group, TelegramAdminCheck.ServiceUserId, "administrator");

        bool channel = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(TelegramAdminCheck.ServiceUserId), new TgChat { Id = -1005, Type = ChatType.Channel }, CancellationToken.None);
        bool service = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(TelegramAdminCheck.ServiceUserId), null, CancellationToken.None);

        Assert.False(channel);
        Assert.False(service);
    }

    [Fact]
    public async Task CanManage_Channel_Refused()
    {
        bool allowed = await _context.Admins.CanManageAsync(new TgChat { Id = -1005, Type = ChatType.Channel }, UserWithId(7), null, CancellationToken.None);

        Assert.False(allowed);
    }

    [Fact]
    public async Task CanManage_ChannelPostSignedByTheChannel_Allowed()
    {
        var channel = new TgChat { Id = -1005, Type = ChatType.Channel };

        bool own = await _context.Admins.CanManageAsync(channel, null, channel, CancellationToken.None);
        bool other = await _context.Admins.CanManageAsync(channel, null, new TgChat { Id = -1006, Type = ChatType.Channel }, CancellationToken.None);

        Assert.True(own);
        Assert.False(other);
    }

    [Fact]
    public async Task CanManage_RepeatedWithinCacheDuration_OneLookupThenRefreshed()
    {
        _context.Api.SetMember(Group, 7, "administrator");

        await _context.Admins.CanManageAsync(GroupChat(), UserWithId(7), null, CancellationToken.None);
        _context.Api.SetMember(Group, 7, "member");
        bool cached = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(7), null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(61));
        bool refreshed = await _context.Admins.CanManageAsync(GroupChat(), UserWithId(7), null, CancellationToken.None);

        Assert.True(cached);
        Assert.False(refreshed);
        Assert.Equal(2, _context.Api.CallsTo("getChatMember").Count());
    }

    private static TgChat GroupChat() => new() { Id = Group, Type = ChatType.Supergroup, Title = "Grup" };

    private static User UserWithId(long id) => new() { Id = id, FirstName = "U" };
}
