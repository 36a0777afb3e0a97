using NewsBot.Text;
using Xunit.Abstractions;

namespace NewsBot.Tests.Text;

public sealed class ArticleCleanerTests(ITestOutputHelper output)
{
    // Synthetic article in the shape of §2 of the reference (dateline, lead, quote, link-out, body, footer, code).
    private const string Template = """
        JAKARTA, KOMPAS.com - Data pelanggan sebuah toko daring diduga bocor dan dijual di forum peretas.

        "Kami sedang menyelidiki laporan tersebut," kata juru bicara perusahaan, Senin (21/10/2025).

        Baca juga: Lima Cara Mengamankan Akun Belanja Daring

        Penjual mengklaim memiliki 1,2 juta baris data berisi nama, email dan nomor telepon.

        Perusahaan menyatakan sistem pembayaran tidak terdampak. (nds/krs)

        Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.
        Judul Berita Lain Yang Tidak Terkait
        """;

    [SharedDataFact("seeds")]
    public void Clean_Seed000_KeepsBodyDropsDatelineCaptionAndFooter()
    {
        var seed = SeedArticle.Load("000");

        var cleaned = ArticleCleaner.Clean(seed.Body, seed.Title);

        output.WriteLine(cleaned);
        Assert.StartsWith("Xiaomi tengah didera masalah dugaan pencurian data", cleaned, StringComparison.Ordinal);
        Assert.Contains("sedang dalam diskusi dengan maksud untuk segera meyakinkan dia", cleaned, StringComparison.Ordinal);
        Assert.Contains("Kedua, Xiaomi menyimpan informasi", cleaned, StringComparison.Ordinal);
        foreach (var junk in new[] { "JAKARTA -", "Foto/Ist", "Baca juga", "Halaman", "tulis komentar", "Follow", "Dapatkan berita", "SINDOnews.com, Klik", "Video Rekomendasi", "Berita Terkait", "Terpopuler", "WIB", "Ponsel Cerdasnya Dituduh" })
        {
            Assert.DoesNotContain(junk, cleaned, StringComparison.Ordinal);
        }
    }

    [SharedDataFact("seeds")]
    public void Clean_Seed004_KeepsBodyDropsRelatedHeadlinesAndReporterCode()
    {
        var seed = SeedArticle.Load("004");

        var cleaned = ArticleCleaner.Clean(seed.Body, seed.Title);

        output.WriteLine(cleaned);
        Assert.StartsWith("WHATSAPP memutuskan akan menunda perubahan kebijakan", cleaned, StringComparison.Ordinal);
        Assert.EndsWith("yang mungkin termasuk iklan di Facebook.", cleaned, StringComparison.Ordinal);
        Assert.Contains("Data lokasi bersama dengan konten pesan dienkripsi", cleaned, StringComparison.Ordinal);
        foreach (var junk in new[] { "Sharp", "Cryptocurrency", "Samsung", "AFP", "OL-4", "Baca juga", "Baca Juga", "DOK Pribadi", "Ilustrasi", "Akhmad Mustain", "E-Paper", "Selengkapnya", "Berita Terkini", "👤", "WIB" })
        {
            Assert.DoesNotContain(junk, cleaned, StringComparison.Ordinal);
        }
    }

    [SharedDataFact("seeds")]
    public void Clean_SeedWithoutTitle_StillDropsCaptionsAndFooters()
    {
        var seed = SeedArticle.Load("004");

        var cleaned = ArticleCleaner.Clean(seed.Body);

        Assert.DoesNotContain("Sharp", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Antara\n", cleaned, StringComparison.Ordinal);
        Assert.Contains("WHATSAPP memutuskan", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Template_RemovesBoilerplateAndKeepsParagraphs()
    {
        var cleaned = ArticleCleaner.Clean(Template);

        Assert.Equal(
            "Data pelanggan sebuah toko daring diduga bocor dan dijual di forum peretas.\n\n"
            + "\"Kami sedang menyelidiki laporan tersebut,\" kata juru bicara perusahaan, Senin (21/10/2025).\n\n"
            + "Penjual mengklaim memiliki 1,2 juta baris data berisi nama, email dan nomor telepon.\n\n"
            + "Perusahaan menyatakan sistem pembayaran tidak terdampak.",
            cleaned);
    }

    [Fact]
    public void Clean_CleanedText_IsUnchanged()
    {
        var once = ArticleCleaner.Clean(Template);

        var twice = ArticleCleaner.Clean(once);

        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("Jakarta, CNN Indonesia -- Layanan itu lumpuh sejak pagi.")]
    [InlineData("JAKARTA, KOMPAS.com - Layanan itu lumpuh sejak pagi.")]
    [InlineData("JAKARTA, KOMPAS.TV - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Liputan6.com, Jakarta - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Liputan6.com, Ambon: Layanan itu lumpuh sejak pagi.")]
    [InlineData("REPUBLIKA.CO.ID, JAKARTA -- Layanan itu lumpuh sejak pagi.")]
    [InlineData("TEMPO.CO, Jakarta - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Jakarta (ANTARA) - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Semarang (ANTARA) - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Jakarta - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Jakarta, IDN Times - Layanan itu lumpuh sejak pagi.")]
    [InlineData("JAKARTA - Layanan itu lumpuh sejak pagi.")]
    [InlineData("TRIBUNTERNATE.COM - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Cyberthreat.id - Layanan itu lumpuh sejak pagi.")]
    [InlineData("Jakarta, FORTUNE - Layanan itu lumpuh sejak pagi.")]
    [InlineData("jurnalistika.id – Layanan itu lumpuh sejak pagi.")]
    public void Clean_Dateline_IsStripped(string text)
    {
        var cleaned = ArticleCleaner.Clean(text);

        Assert.Equal("Layanan itu lumpuh sejak pagi.", cleaned);
    }

    [Theory]
    [InlineData("Menurut Budi - yang juga ketua - data itu valid.")]
    [InlineData("Kebocoran e-KTP terjadi - kata pejabat itu - sejak lama.")]
    public void Clean_DashInOrdinarySentence_IsKept(string text)
    {
        var cleaned = ArticleCleaner.Clean(text);

        Assert.Equal(text, cleaned);
    }

    [Theory]
    [InlineData("Serangan itu diumumkan Selasa. (AFP/OL-4)", "Serangan itu diumumkan Selasa.")]
    [InlineData("Serangan itu diumumkan Selasa. (nds/krs)", "Serangan itu diumumkan Selasa.")]
    [InlineData("Serangan itu diumumkan Selasa. (Z-2)", "Serangan itu diumumkan Selasa.")]
    [InlineData("Serangan itu diumumkan Selasa. (ULF/Sahlan Heluth)", "Serangan itu diumumkan Selasa.")]
    [InlineData("Kasus itu kini ditangani Badan Siber dan Sandi Negara (BSSN)", "Kasus itu kini ditangani Badan Siber dan Sandi Negara (BSSN)")]
    [InlineData("Aturan itu berlaku sejak tahun lalu. (2024)", "Aturan itu berlaku sejak tahun lalu. (2024)")]
    public void Clean_ReporterCode_RemovedOnlyAtTheEndAfterATerminator(string text, string expected)
    {
        var cleaned = ArticleCleaner.Clean(text);

        Assert.Equal(expected, cleaned);
    }

    [Fact]
    public void Clean_InlineReadAlso_IsRemovedFromTheParagraph()
    {
        var cleaned = ArticleCleaner.Clean("Perusahaan membantah tudingan itu. (Baca juga: Judul Lain Sama Sekali ) Mereka merilis blog.");

        Assert.Equal("Perusahaan membantah tudingan itu. Mereka merilis blog.", cleaned);
    }

    [Theory]
    [InlineData("ADVERTISEMENT")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    [InlineData("[Gambas:Video CNN]")]
    [InlineData("Simak juga Video 'Peretas Ditangkap':")]
    [InlineData("Lihat juga: Cara Cek Kebocoran Data")]
    [InlineData("Halaman :")]
    [InlineData("Xiaomi membantah tudingan itu. Foto/Ist")]
    [InlineData("Ilustrasi")]
    [InlineData("Antara")]
    [InlineData("DOK Pribadi.")]
    [InlineData("Ozan KOSE / AFP")]
    public void Clean_WidgetOrCaptionLine_IsDropped(string line)
    {
        var cleaned = ArticleCleaner.Clean($"Paragraf pertama berisi kalimat yang cukup panjang.\n{line}\nParagraf kedua juga berisi kalimat yang panjang.");

        Assert.Equal("Paragraf pertama berisi kalimat yang cukup panjang.\n\nParagraf kedua juga berisi kalimat yang panjang.", cleaned);
    }

    [Fact]
    public void Clean_SentenceStartingWithAntaraLain_IsKept()
    {
        var cleaned = ArticleCleaner.Clean("Antara lain ia menyebut dua hal.");

        Assert.Equal("Antara lain ia menyebut dua hal.", cleaned);
    }

    [Theory]
    [InlineData("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.")]
    [InlineData("Tulis komentarmu dengan tagar #JernihBerkomentar")]
    [InlineData("Mari bergabung di kanal WhatsApp Kompas.com")]
    [InlineData("Versi cetak artikel ini terbit di harian Kompas edisi 2 Mei 2020.")]
    [InlineData("Follow Berita Okezone di Google News")]
    [InlineData("Cek Berita dan Artikel yang lain di Google News")]
    [InlineData("Baca berita teknologi lainnya di Google News")]
    [InlineData("Saksikan Video Pilihan di Bawah Ini:")]
    [InlineData("Follow Official WhatsApp Channel Liputan6.com")]
    [InlineData("Disclaimer: artikel ini tidak mewakili redaksi.")]
    [InlineData("Pilihan Editor: Judul Lain")]
    [InlineData("Artikel ini telah tayang di Tribunnews.com dengan judul Lain")]
    [InlineData("Pewarta: Nama Orang")]
    [InlineData("Related Articles:")]
    public void Clean_FooterMarker_CutsEverythingAfterIt(string marker)
    {
        var cleaned = ArticleCleaner.Clean($"Kalimat pertama artikel ini cukup panjang untuk dianggap isi.\n\n{marker}\nJudul Berita Lain yang Tidak Terkait\nKalimat lain dari artikel lain yang juga panjang sekali.");

        Assert.Equal("Kalimat pertama artikel ini cukup panjang untuk dianggap isi.", cleaned);
    }

    [Fact]
    public void Clean_ReadAlsoHeadingMidArticle_DropsOnlyTheLinkedHeadline()
    {
        var cleaned = ArticleCleaner.Clean("Kalimat pertama artikel ini cukup panjang untuk dianggap isi.\nBaca juga:\nJudul Berita Lain\nKalimat kedua artikel ini juga cukup panjang untuk isi.");

        Assert.Equal("Kalimat pertama artikel ini cukup panjang untuk dianggap isi.\n\nKalimat kedua artikel ini juga cukup panjang untuk isi.", cleaned);
    }

    [Fact]
    public void Clean_HardWrappedParagraph_IsJoined()
    {
        var cleaned = ArticleCleaner.Clean("Data pelanggan diduga bocor dan\nditawarkan di forum peretas.");

        Assert.Equal("Data pelanggan diduga bocor dan ditawarkan di forum peretas.", cleaned);
    }
}
