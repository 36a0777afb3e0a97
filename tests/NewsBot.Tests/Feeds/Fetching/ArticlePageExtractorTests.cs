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
    public void ExtractText_HostilePageAtTheSizeCap_FinishesWithoutQuadraticBlowup(string shape)
    {
        // Arrange: deeply nested text divs, or 5 MiB of tiny paragraphs. No time limit here (a loaded machine took 16 s
        // once): without the depth limiter the nested page takes minutes or overflows the stack, which fails the run.
        var sentence = "Kalimat berita yang cukup panjang untuk dihitung, dengan koma, ";
        var html = shape == "nested"
            ? string.Concat(Enumerable.Repeat("<div>" + sentence, 60_000)) + string.Concat(Enumerable.Repeat("</div>", 60_000))
            : string.Concat(Enumerable.Repeat("<p>" + sentence + "</p>", 5 * 1024 * 1024 / 72));
        var bytes = Encoding.UTF8.GetBytes("<html><body>" + html + "</body></html>");

        // Act
        var text = ArticlePageExtractor.ExtractText(bytes);

        // Assert
        Assert.NotNull(text);
        Assert.Contains("Kalimat berita", text, StringComparison.Ordinal);
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
