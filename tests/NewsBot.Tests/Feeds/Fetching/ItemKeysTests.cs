using NewsBot.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

public sealed class ItemKeysTests
{
    [Theory]
    [InlineData("HTTPS://Example.ID/Berita/1?utm_source=x&utm_medium=y&id=5#komentar", "https://example.id/Berita/1?id=5")]
    [InlineData("https://example.id/a?fbclid=abc", "https://example.id/a")]
    [InlineData("https://example.id:443/a?gclid=1&page=2&mc_cid=3", "https://example.id/a?page=2")]
    [InlineData("http://example.id:8080/a", "http://example.id:8080/a")]
    public void CanonicalUrl_TrackingAndFragment_AreRemoved(string url, string expected)
    {
        Assert.Equal(expected, ItemKeys.CanonicalUrl(url));
    }

    [Fact]
    public void Assign_RepublishedWithNewDate_KeepsTheSameKey()
    {
        var first = Item("guid-1", "https://example.id/a", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var again = first with { Published = first.Published!.Value.AddDays(30), Title = "Judul diperbarui" };

        Assert.Equal(ItemKeys.Assign([first])[0].Key, ItemKeys.Assign([again])[0].Key);
    }

    [Fact]
    public void Assign_IdRepeatedWithinFetch_FallsBackToCanonicalLink()
    {
        var items = new[] { Item("same", "https://example.id/a?utm_source=rss", null), Item("same", "https://example.id/b", null) };

        var keys = ItemKeys.Assign(items).Select(entry => entry.Key).ToList();

        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal(ItemKeys.Assign([Item(null, "https://example.id/a", null)])[0].Key, keys[0]);
    }

    [Fact]
    public void Assign_NoIdNoLink_UsesTitleAndIsSha256Hex()
    {
        var key = ItemKeys.Assign([Item(null, null, null) with { Title = "Kebocoran data" }])[0].Key;

        Assert.Equal(64, key.Length);
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    private static FeedItem Item(string? id, string? link, DateTimeOffset? published) =>
        new(id, "Judul", link, published, null, null, null, null, []);
}
