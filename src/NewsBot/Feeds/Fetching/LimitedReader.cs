namespace NewsBot.Feeds.Fetching;

/// <summary>Reads a (decoded) stream into memory, counting as it goes; null when it exceeds the cap.</summary>
internal static class LimitedReader
{
    public static async Task<byte[]?> ReadAsync(Stream stream, long cap, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > cap)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }
}
