using System.Collections.Concurrent;
using NewsBot.Storage;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Which channels of a server have NewsBot chats, so GUILD_DELETE can pause them all. Channels where a
/// setting command ran are stored durably; channels from GUILD_CREATE are known for this run.
/// </summary>
public sealed class DiscordGuildChannels(BotStateStore state) : IDisposable
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _seen = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public void Observe(string guildId, IEnumerable<string> channelIds)
    {
        var set = _seen.GetOrAdd(guildId, _ => []);
        lock (set)
        {
            set.UnionWith(channelIds);
        }
    }

    public async Task RememberAsync(string guildId, string channelId, CancellationToken cancellationToken)
    {
        Observe(guildId, [channelId]);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await StoredAsync(guildId, cancellationToken);
            if (stored.Add(channelId))
            {
                await state.SetAsync(Key(guildId), string.Join(',', stored.Order(StringComparer.Ordinal)), cancellationToken);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IReadOnlyCollection<string>> ChannelsAsync(string guildId, CancellationToken cancellationToken)
    {
        var all = await StoredAsync(guildId, cancellationToken);
        if (_seen.TryGetValue(guildId, out var seen))
        {
            lock (seen)
            {
                all.UnionWith(seen);
            }
        }

        return all;
    }

    private async Task<HashSet<string>> StoredAsync(string guildId, CancellationToken cancellationToken) =>
        [.. (await state.GetAsync(Key(guildId), cancellationToken) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];

    public void Dispose() => _writeLock.Dispose();

    private static string Key(string guildId) => $"discord.guild.{guildId}.channels";
}
