using Microsoft.Extensions.DependencyInjection;
using NewsBot.Storage;
using NewsBot.Tests.Storage;

namespace NewsBot.Tests.Chat.Subscriptions;

/// <summary>Every command of the subscription part with hostile arguments: an answer, never a crash, the tables intact.</summary>
public sealed class HostileArgumentTests : IAsyncLifetime
{
    private ConversationHost _host = null!;

    public static TheoryData<string, string> Cases()
    {
        string[] commands = ["ikuti", "berhenti", "langganan", "insiden", "terbaru", "cari", "perusahaan", "sumber", "lacak", "zona", "senyap", "ringkasan", "mulai", "bantuan", "status"];
        string[] arguments =
        [
            new string('x', 10_240), "\"tokopedia\" OR *", "NEAR(tokopedia bukalapak) -gojek name:x", "<b>tokopedia</b><script>alert(1)</script>",
            "@everyone @here <@123>", "\u202Etokopedia\u202C \u200F", "🔥💥 tokopedia 😀", "toko\u200Bpedia", "'; DROP TABLE chats; --", "",
        ];
        var data = new TheoryData<string, string>();
        foreach (var command in commands)
        {
            foreach (var argument in arguments)
            {
                data.Add(command, argument);
            }
        }

        return data;
    }

    public async Task InitializeAsync() => _host = await ConversationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [StoreTheory]
    [MemberData(nameof(Cases))]
    public async Task HandleAsync_HostileArgument_AnsweredWithinBounds(string command, string argument)
    {
        var reply = await _host.SendAsync(command, argument);

        Assert.False(string.IsNullOrWhiteSpace(reply));
        Assert.True(reply.Length < 4000, $"reply of {reply.Length} characters");
        Assert.DoesNotContain("\u202E", reply, StringComparison.Ordinal);
        Assert.Equal(1, await CountChatsAsync());
    }

    private async Task<long> CountChatsAsync()
    {
        var database = _host.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var sql = database.Dialect.IsPostgres
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'chats'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'chats'";
        return Convert.ToInt64(await connection.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);
    }
}
