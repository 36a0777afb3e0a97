using NewsBot.Text;
using Xunit.Abstractions;

namespace NewsBot.Tests.Text;

public sealed class SentenceSplitterTests(ITestOutputHelper output)
{
    [SharedDataFact("corpora/indonesian")]
    public void Split_SastrawiFeatureScenarios_PassAtLeast95Percent()
    {
        var scenarios = GherkinScenario.ReadAll(SharedFolder.Corpus("indonesian")).ToList();

        var failures = scenarios.Where(s => !SentenceSplitter.Split(s.Input).SequenceEqual(s.Expected)).ToList();

        var passed = scenarios.Count - failures.Count;
        output.WriteLine($"Sastrawi sentence-detector scenarios: {passed}/{scenarios.Count} passed ({100.0 * passed / scenarios.Count:F1}%)");
        foreach (var failure in failures)
        {
            output.WriteLine($"FAIL {failure.File} / {failure.Name}: [{string.Join(" | ", SentenceSplitter.Split(failure.Input))}]");
        }

        Assert.True(scenarios.Count >= 17, $"expected the 17 scenarios, found {scenarios.Count}");
        Assert.True(passed >= 0.95 * scenarios.Count, $"{passed}/{scenarios.Count} scenarios passed");
    }

    [Theory]
    [InlineData("Harga naik menjadi Rp 75.000 per unit. Pembeli kecewa.", 2)]
    [InlineData("Inflasi tercatat 2,65 persen pada Oktober. Angka itu turun.", 2)]
    [InlineData("Rapat dimulai pukul 10.00 WIB di gedung DPR. Semua hadir.", 2)]
    [InlineData("Acara dimulai pukul 10.00 WIB. Presiden hadir.", 2)]
    [InlineData("Sanksi diatur dalam UU No. 27 Tahun 2022 tentang PDP. Aturan itu baru.", 2)]
    [InlineData("Hal itu disampaikan Prof. Dr. Budi Santoso, S.H., M.Si. di Jakarta. Ia menambahkan hal lain.", 2)]
    [InlineData("Pasien ditangani dr. Ani di RS. Kondisinya membaik.", 2)]
    [InlineData("Ceramah KH. Ahmad dan H. Umar berlangsung lama. Jemaah pulang.", 2)]
    [InlineData("Kantornya di Jl. Sudirman No. 5, Jakarta. Gedung itu tinggi.", 2)]
    [InlineData("Laporan disusun M. Nasir dkk. yang meneliti kasus itu. Hasilnya dipublikasikan.", 2)]
    [InlineData("Saham PT Bank Syariah Indonesia Tbk. Perseroan menjelaskan gangguan layanan.", 2)]
    [InlineData("Kasus itu ditangani KPK. Penyidik memeriksa saksi.", 2)]
    [InlineData("\"Kami sedang menyelidiki.\" Pernyataan itu dirilis Senin.", 2)]
    [InlineData("“Data aman,” katanya. “Tidak ada kebocoran.” Ia lalu pergi.", 3)]
    [InlineData("Sumber: detik.com menyebut hal itu. Berita lain menyusul.", 2)]
    [InlineData("Gangguan terjadi pada Selasa (21/10/2025). Layanan pulih.", 2)]
    [InlineData("Judul paragraf\n\nIsi paragraf berikutnya.", 2)]
    [InlineData("Gangguan menimpa PT. Bank Contoh sejak pagi. Nasabah mengeluh.", 2)]
    [InlineData("\"Kenapa data kami bocor?\" tanya seorang nasabah. Ia kesal.", 2)]
    [InlineData("Penjual menyebut datanya lengkap... Pembeli ragu.", 2)]
    [InlineData("Penjual menyebut datanya lengkap... namun pembeli ragu.", 1)]
    public void Split_IndonesianNewsRules_ReturnsExpectedCount(string text, int expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, sentences.Count);
    }

    [Fact]
    public void Split_QuoteEndingWithPeriodInside_EndsAfterTheQuote()
    {
        var sentences = SentenceSplitter.Split("Ia berkata, \"Kami patuh pada aturan.\" Lalu ia pergi.");

        Assert.Equal(["Ia berkata, \"Kami patuh pada aturan.\"", "Lalu ia pergi."], sentences);
    }

    [Fact]
    public void Split_EmptyText_ReturnsNoSentences()
    {
        var sentences = SentenceSplitter.Split("   \n ");

        Assert.Empty(sentences);
    }
}
