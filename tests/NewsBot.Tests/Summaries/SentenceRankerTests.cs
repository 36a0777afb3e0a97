using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class SentenceRankerTests
{
    [Fact]
    public void Select_NearDuplicateOfChosenSentence_IsSkipped()
    {
        string[] sentences =
        [
            "Data jutaan pelanggan Toko Contoh diduga bocor di forum peretas.",
            "Data jutaan pelanggan Toko Contoh diduga bocor di sebuah forum peretas.",
            "Perusahaan menyatakan sistem pembayaran tetap aman dan sedang diperiksa.",
        ];

        var chosen = SentenceRanker.Select(sentences, null, [], 2, 0, completeOnly: true, RankingWeights.Default);

        Assert.Equal([0, 2], chosen);
    }

    [Fact]
    public void Select_DirectQuoteNearTheLead_LosesToReportedSentence()
    {
        string[] sentences =
        [
            "Data jutaan pelanggan Toko Contoh diduga bocor di forum peretas pada Senin.",
            "\"Kami sangat terkejut dan kecewa,\" kata seorang pelanggan.",
            "Penjual mengklaim data pelanggan berisi nama, email, dan nomor telepon.",
        ];

        var chosen = SentenceRanker.Select(sentences, null, [], 2, 0, completeOnly: true, RankingWeights.Default);

        Assert.Equal([0, 2], chosen);
    }

    [Fact]
    public void Select_CharacterLimit_SkipsSentencesThatDoNotFit()
    {
        string[] sentences = ["Kalimat pendek pertama tentang kebocoran data.", string.Join(' ', Enumerable.Repeat("panjang", 80)) + ".", "Kalimat pendek ketiga tentang tanggapan perusahaan."];

        var chosen = SentenceRanker.Select(sentences, null, [], 3, 120, completeOnly: true, RankingWeights.Default);

        Assert.Equal([0, 2], chosen);
    }

    [Fact]
    public void Select_HeadingWithoutTerminator_IsNeverChosenForChat()
    {
        string[] sentences = ["Kronologi Kebocoran Data", "Data pelanggan diduga bocor sejak pekan lalu.", "Perusahaan sedang menyelidiki laporan itu."];

        var chosen = SentenceRanker.Select(sentences, null, [], 3, 500, completeOnly: true, RankingWeights.Default);

        Assert.Equal([1, 2], chosen);
    }
}
