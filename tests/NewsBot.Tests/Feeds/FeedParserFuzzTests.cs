using System.Text;
using NewsBot.Feeds;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds;

/// <summary>Seeded mutation fuzzing: 10,000+ mutated feeds per run; the parser must never throw or hit its catch-all.</summary>
public sealed class FeedParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20240205;
    private const int Cases = 12_000;

    private static readonly byte[] Marks = [0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x00, 0x3C];

    private static readonly string[] Tokens =
    [
        "<", ">", "&", "&nbsp;", "&#0;", "&#x110000;", "&#146;", "&bogus;", "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE x [", "]>",
        "<!ENTITY a \"b\">", "&a;", "xmlns:x=\"\"", "<x:y>", "</item>", "<item>", "</channel>", "<entry>", "xml:base=\"::\"",
        "xml:base=\"http://[::1\"", "href=\"javascript:x\"", "\u0000", "\uFFFE", "\uD800", "{", "}", "\"items\":[", "[", "]", "null",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"bogus\"?>", "<pubDate>Senin, 31 Feb 99 25:61 WITA</pubDate>",
        "<published>9999-12-31T23:59:59-14:00</published>", "<updated>0001-01-01T00:00:00+14:00</updated>",
    ];

    [Fact]
    public void Parse_MutatedFeeds_NeverThrowsNorFailsUnexpectedly()
    {
        // Arrange
        var random = new Random(Seed);
        var seeds = SeedDocuments();
        var unexpected = new List<string>();
        var withError = 0;

        // Act
        for (var i = 0; i < Cases; i++)
        {
            var input = Mutate(seeds[random.Next(seeds.Count)], random);
            var feed = FeedParser.Parse(input, new Uri("https://example.id/feed"));
            withError += feed.Error is null ? 0 : 1;
            if (feed.Error?.StartsWith("Unexpected parser failure", StringComparison.Ordinal) == true)
            {
                unexpected.Add($"case {i}: {feed.Error}");
            }
        }

        // Assert
        output.WriteLine($"fuzz: {Cases} cases (seed {Seed}), {withError} with a parse error, {unexpected.Count} internal failures");
        unexpected.Take(10).ToList().ForEach(output.WriteLine);
        Assert.Empty(unexpected);
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5:
                    bytes.InsertRange(at, Marks.AsSpan(random.Next(3), random.Next(4)).ToArray());
                    break;
                default:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
            }
        }

        return [.. bytes];
    }

    private static List<byte[]> SeedDocuments()
    {
        string[] texts =
        [
            """<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Berita &amp; Data</title><link>https://example.id/</link><atom:link rel="self" href="/rss"/><ttl>15</ttl><item><title><![CDATA[Kebocoran <b>data</b>]]></title><link>/a/1?utm_source=x</link><guid isPermaLink="false">1</guid><pubDate>Sen, 05 Feb 2024 10:00:00 WIB</pubDate><dc:creator>Ana</dc:creator><description>&lt;p&gt;Ringkasan&lt;/p&gt;</description><content:encoded><![CDATA[<p>Isi</p>]]></content:encoded><category>Siber</category><enclosure url="https://example.id/x.jpg" length="1" type="image/jpeg"/></item></channel></rss>""",
            """<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/"><title type="html">A &lt;b&gt;feed&lt;/b&gt;</title><link href="/"/><entry><id>tag:x,2024:1</id><title>T</title><link href="p/1"/><published>2024-02-05T10:00:00+07:00</published><updated>2024-02-05T10:00:00Z</updated><author><name>B</name></author><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>S</p></div></summary><content type="text/plain" mode="base64">SGFsbw==</content><category term="c"/></entry></feed>""",
            """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title><link>http://r.example/</link></channel><item rdf:about="http://r.example/1"><title>I</title><link>http://r.example/1</link><dc:date>2004-01-01T00:00:00Z</dc:date></item></rdf:RDF>""",
            """{"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://j.example/","items":[{"id":"1","url":"/1","title":"<b>x</b>","content_html":"<p>y</p>","date_published":"2024-01-02T03:04:05Z","authors":[{"name":"A"}],"tags":["t"],"attachments":[{"url":"https://j.example/a.mp3","mime_type":"audio/mpeg","size_in_bytes":5}]}]}""",
        ];
        var seeds = texts.Select(Encoding.UTF8.GetBytes).ToList();
        seeds.Add(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(texts[0].Replace("utf-8", "utf-16", StringComparison.Ordinal))).ToArray());
        seeds.Add(Encoding.Latin1.GetBytes(texts[2].Replace("<title>I</title>", "<title>caf\u00e9 \u0093x\u0094</title>", StringComparison.Ordinal)));
        return seeds;
    }
}
