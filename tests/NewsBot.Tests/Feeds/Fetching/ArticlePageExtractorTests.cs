using System.Net;
using System.Text;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

/// <summary>
/// The two seed pages (../shared/seeds) rebuilt as typical news HTML: navigation, share bar, the body, a
/// "Baca Juga" teaser list and footer. The extracted, cleaned text keeps the body and drops the rest.
/// </summary>
public sealed class ArticlePageExtractorTests
{
    [SharedDataTheory("seeds")]
    [InlineData("000_")]
    [InlineData("004_")]
    public void ExtractText_SeedPage_KeepsBodyDropsFooterAndUnrelatedHeadlines(string prefix)
    {
        // Arrange
        var (title, paragraphs, trailer) = Seed(prefix);
        var html = Page(title, paragraphs, trailer);

        // Act
        var text = ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

        // Assert
        Assert.NotNull(text);
        Assert.Contains(paragraphs.OrderByDescending(p => p.Length).First()[..60], text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dapatkan berita terkini", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sharp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cryptocurrency", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Samsung", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(AFP/OL-4)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu utama", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractText_TextInDivsSeparatedByBr_IsFound()
    {
        var body = string.Join("<br><br>", Enumerable.Range(1, 6).Select(i => $"Paragraf {i} dari berita tentang kebocoran data, berisi cukup banyak kata agar dihitung sebagai teks."));
        var html = $"<html><head><title>T</title></head><body><div class=\"menu\"><a href=\"/\">Beranda</a></div><div class=\"detail-text\">{body}</div></body></html>";

        var text = ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes(html));

        Assert.Contains("Paragraf 6", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Beranda", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nested")]
    [InlineData("flat")]
    [InlineData("elements")]
    public void ExtractText_HostilePageAtTheSizeCap_ReturnsNullWithoutReadingIt(string shape)
    {
        // Arrange: 5 MiB of nested text divs, of tiny paragraphs, or of empty elements: far past the bounds on page
        // text, paragraphs and elements, so Readability (whose cost grows with all three) never sees the page.
        var sentence = "Kalimat berita yang cukup panjang untuk dihitung, dengan koma, ";
        var html = shape switch
        {
            "nested" => string.Concat(Enumerable.Repeat("<div>" + sentence, 60_000)) + string.Concat(Enumerable.Repeat("</div>", 60_000)),
            "flat" => string.Concat(Enumerable.Repeat("<p>" + sentence + "</p>", 5 * 1024 * 1024 / 72)),
            _ => string.Concat(Enumerable.Repeat("<span></span>", 5 * 1024 * 1024 / 13)),
        };

        // Act
        var text = ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes("<html><body>" + html + "</body></html>"));

        // Assert
        Assert.Null(text);
    }

    [Fact]
    public void ExtractText_LongArticleJustInsideTheBounds_IsRead()
    {
        // Arrange: distinct paragraphs up to the paragraph bound, below the page-text bound.
        var count = ArticlePageExtractor.MaxPageText / 80;
        Assert.True(count < ArticlePageExtractor.MaxParagraphs);
        var body = string.Concat(Enumerable.Range(1, count).Select(i => $"<p>Paragraf nomor {i} dari laporan panjang tentang kebocoran data.</p>"));

        // Act
        var text = ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes($"<html><body><article>{body}</article></body></html>"));

        // Assert
        Assert.NotNull(text);
        Assert.Contains($"Paragraf nomor {count} dari", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractText_ScriptsStylesAndHostileTitle_NeitherRunNorLeakIntoText()
    {
        // Arrange
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Kalimat ke-{i} dari berita tentang kebocoran data pengguna, dengan rincian yang cukup panjang untuk dibaca.</p>"));
        var html = $"""
            <html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Judul</title><style>p {"{"} color: red {"}"}</style></head>
            <body><script>document.write("<p>Teks dari skrip yang tidak boleh muncul sama sekali, walaupun panjang.</p>")</script>
            <article>{paragraphs}<noscript><p>Aktifkan JavaScript untuk membaca komentar pembaca di halaman ini.</p></noscript></article>
            <img src="x" onerror="alert(2)"></body></html>
            """;

        // Act
        var text = ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes(html));

        // Assert
        Assert.NotNull(text);
        Assert.Contains("Kalimat ke-5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("skrip", text, StringComparison.Ordinal);
        Assert.DoesNotContain("JavaScript", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<html></html>")]
    [InlineData("<html><head><title>Judul saja</title></head><body></body></html>")]
    [InlineData("<!DOCTYPE html><html><body><div><span></span></div></body></html>")]
    public void ExtractText_EmptyOrTextlessPage_ReturnsNull(string html)
    {
        Assert.Null(ArticlePageExtractor.ExtractText(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void ExtractText_NoArticle_ReturnsNull()
    {
        Assert.Null(ArticlePageExtractor.ExtractText("<html><body><a href=\"/\">x</a></body></html>"u8.ToArray()));
    }

    private static (string Title, List<string> Paragraphs, List<string> Trailer) Seed(string prefix)
    {
        var file = Directory.GetFiles(Path.Combine(SharedFolder.Locate("seeds")), prefix + "*.txt").Single();
        var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var footer = lines.FindIndex(l => l.StartsWith("Baca Juga", StringComparison.Ordinal) || l.StartsWith("Halaman", StringComparison.Ordinal));
        var end = footer < 0 ? lines.Count : footer;
        return (lines[0], lines[1..end], lines[end..]);
    }

    private static string Page(string title, List<string> paragraphs, List<string> trailer)
    {
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        var related = string.Concat(trailer.Select(t => $"<div class=\"item\"><a href=\"/x\">{WebUtility.HtmlEncode(t)}</a></div>\n"));
        return $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head><body>
            <header><nav><a href="/">Menu utama</a> <a href="/tekno">Tekno</a></nav></header>
            <div class="share-bar"><a href="#">Bagikan ke Facebook</a> <a href="#">Twitter</a></div>
            <main><article class="read__content"><h1>{WebUtility.HtmlEncode(title)}</h1>
            {body}
            </article>
            <section class="related">{related}</section></main>
            <footer><p>Dapatkan berita terkini dan kejutan menarik, Klik Disini untuk mendaftarkan diri anda sekarang juga!</p></footer>
            </body></html>
            """;
    }
}
