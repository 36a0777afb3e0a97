using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsBot.Feeds;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds;

/// <summary>
/// Entity-expansion and external-entity attacks are refused quickly and with bounded memory. The harness
/// prints time and allocation; it fails only on gross excess (over 1 s or 50 MB), never on a tight timing.
/// </summary>
public sealed class FeedParserHostileInputTests(ITestOutputHelper output)
{
    private const long MaxAllocatedBytes = 50L * 1024 * 1024;

    public static TheoryData<string, string> Attacks => new()
    {
        { "billion laughs", BillionLaughs() },
        { "quadratic blowup", QuadraticBlowup() },
        { "XXE file", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&xxe;</title></channel></rss>" },
        { "XXE parameter entity", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/x.dtd\"> %p;]><rss><channel><title>t</title></channel></rss>" },
        { "external DTD", "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:1/evil.dtd\"><rss><channel><title>&evil;</title></channel></rss>" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Parse_EntityAttack_RefusedQuicklyWithBoundedMemory(string name, string document)
    {
        // Arrange
        var bytes = Encoding.UTF8.GetBytes(document);
        FeedParser.Parse("<rss/>"u8); // warm up so the figures measure the attack, not the JIT
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        // Act
        var feed = FeedParser.Parse(bytes);

        // Assert
        var elapsed = watch.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{name}: {elapsed.TotalMilliseconds:F2} ms, {allocated / 1024} KiB allocated, error «{feed.Error}», title «{feed.Title}»");
        Assert.True(feed.Error is not null || !(feed.Title ?? "").Contains("root:", StringComparison.Ordinal), "an entity must never be expanded");
        Assert.DoesNotContain("lol", feed.Title ?? "", StringComparison.Ordinal);
        Assert.True(allocated < MaxAllocatedBytes, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Parse_DeeplyNestedElements_StopsWithErrorKeepingEarlierItems()
    {
        // 15 MiB worth of nesting would overflow LINQ to XML's recursive text walk; the loader stops at its depth cap.
        var nested = string.Concat(Enumerable.Repeat("<b>", 1_000_000)) + "x";
        var bytes = Encoding.UTF8.GetBytes($"<rss><channel><title>T</title><item><title>Sebelum</title></item><item><title>{nested}</title></item></channel></rss>");

        var feed = FeedParser.Parse(bytes);

        Assert.NotNull(feed.Error);
        Assert.Contains(feed.Items, item => item.Title == "Sebelum");
    }

    [Fact]
    public void Parse_DocumentDeclaringEntities_ReturnsError()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(BillionLaughs()));

        Assert.NotNull(feed.Error);
        Assert.Empty(feed.Items);
    }

    private static string BillionLaughs()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;", StringComparison.Ordinal)}\">");
        }

        return builder.Append("]><rss><channel><title>&lol9;</title></channel></rss>").ToString();
    }

    private static string QuadraticBlowup()
    {
        var entity = new string('a', 50_000);
        var references = string.Concat(Enumerable.Repeat("&a;", 50_000));
        return $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"{entity}\">]><rss><channel><title>{references}</title></channel></rss>";
    }
}
