using NewsBot.Analysis;
using NewsBot.Tests.Analysis;

namespace NewsBot.Tests.Companies;

public sealed class CompanyMatcherTests
{
    [Theory]
    [InlineData("Data pengguna Tokopedia bocor.", "tokopedia")]
    [InlineData("Data Tokopedia-nya aman, kata dia.", "tokopedia")]
    [InlineData("Keamanan Tokopedianya dipertanyakan.", "tokopedia")]
    [InlineData("Pelanggan IndiHome mengeluh.", "telkom")]
    [InlineData("Aplikasi PeduliLindungi diperbarui.", "kemenkes")]
    [InlineData("Nasabah BSI tidak bisa bertransaksi.", "bsi")]
    [InlineData("Pesan WA dari nomor asing.", "whatsapp")]
    [InlineData("Layanan TELKOMSEL pulih.", "telkomsel")]
    [InlineData("Data BPJS Kesehatan diduga bocor.", "bpjs-kesehatan")]
    [InlineData("Platform X (dulu Twitter) memblokir akun itu.", "x-twitter")]
    public void Match_CompanyNamed_ReturnsIt(string text, string slug)
    {
        var matcher = CreateMatcher();

        var matches = matcher.Match(text);

        Assert.Contains(slug, matches.Select(m => m.Company.Slug));
    }

    [Theory]
    [InlineData("Ia tinggal di Jawa Barat dan bekerja di waktu malam.")]
    [InlineData("Kami menunggu, wa alaikum salam.")]
    [InlineData("Penyaluran dana bantuan tertunda.")]
    [InlineData("Cara menulis meta data dan meta deskripsi untuk SEO.")]
    [InlineData("Grab the deal before it ends.")]
    [InlineData("The economic outlook for 2024 is weak.")]
    [InlineData("Kementerian Kesehatan Brasil melaporkan kasus baru.")]
    [InlineData("Pemuda itu menjalani isolasi mandiri di rumah.")]
    [InlineData("Semboyan Bhinneka Tunggal Ika dibacakan.")]
    [InlineData("Iuran BPJS naik tahun depan.")]
    public void Match_WordThatOnlyLooksLikeACompany_ReturnsNothing(string text)
    {
        var matcher = CreateMatcher();

        var matches = matcher.Match(text);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_LongerFormContainsShorter_LongerWins()
    {
        var matcher = CreateMatcher();

        var matches = matcher.Match("Data nasabah BRI Life dijual.");

        Assert.Equal(["bri-life"], matches.Select(m => m.Company.Slug));
    }

    [Fact]
    public void Match_Diacritics_AreIgnored()
    {
        var matcher = CreateMatcher();

        var matches = matcher.Match("Pengguna Tökopedia dan Shopée berbelanja.");

        Assert.Equal(["tokopedia", "shopee"], matches.Select(m => m.Company.Slug));
    }

    [Fact]
    public void Match_SurfaceForms_KeepOriginalSpelling()
    {
        var matcher = CreateMatcher();

        var matches = matcher.Match("Tokped alias Tokopedia.");

        Assert.Equal(["Tokopedia", "Tokped"], matches.Single().Matched.Order(StringComparer.Ordinal));
    }

    private static CompanyMatcher CreateMatcher() => new(Analyzers.Catalog);
}
