using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

public sealed class PrivacyClassifierTests
{
    private static readonly PrivacyClassifier Classifier = new();

    [Theory]
    [InlineData("Data 91 Juta Pengguna Diduga Bocor", "Data pengguna diduga bocor dan dijual di forum peretas. Data itu berisi NIK dan nomor telepon.", IncidentType.DataLeak)]
    [InlineData("Situs Pemerintah Diretas", "Situs itu diretas kelompok peretas. Peretasan terjadi pada Senin malam.", IncidentType.Hacking)]
    [InlineData("Bank Lumpuh Diserang Ransomware", "Serangan ransomware melumpuhkan layanan. Peretas meminta uang tebusan.", IncidentType.Ransomware)]
    [InlineData("Hacker leaks customer data", "A hacker leaked the personal data of customers. The stolen data was put up for sale on a forum.", IncidentType.DataLeak)]
    [InlineData("Aplikasi Diduga Kumpulkan Data Pengguna", "Aplikasi itu diduga mengumpulkan data pengguna tanpa izin. Pengumpulan data dilakukan diam-diam.", IncidentType.DataCollection)]
    [InlineData("Kebijakan Privasi Baru WhatsApp", "Perubahan kebijakan privasi mewajibkan berbagi data. Pembaruan kebijakan berlaku bulan depan.", IncidentType.PolicyChange)]
    public void Classify_PrivacyIncident_RelevantWithType(string title, string text, IncidentType type)
    {
        var verdict = Classifier.Classify(title, text);

        Assert.True(verdict.Relevant, $"score {verdict.Score}: {string.Join("|", verdict.Cues)}");
        Assert.Equal(type, verdict.Type);
        Assert.NotEmpty(verdict.Cues);
    }

    [Theory]
    [InlineData("Bocoran Episode Ikatan Cinta Malam Ini", "Bocoran episode malam ini: rahasia Andin akhirnya bocor ke keluarga.")]
    [InlineData("Tabung Gas Bocor, Rumah Makan Terbakar", "Diduga kebocoran gas dari tabung elpiji. Atap bocor juga memperparah kerusakan.")]
    [InlineData("KPK Soroti Kebocoran Anggaran", "Kebocoran anggaran terjadi sejak perencanaan. KPK meminta pengawasan diperketat.")]
    [InlineData("Lini Belakang Bocor, Persija Kalah", "Lini belakang bocor sejak menit awal dan gawang kebobolan tiga gol.")]
    [InlineData("Trailer Film Bocor Sebelum Rilis", "Trailer film itu bocor di media sosial. Produser tidak mempermasalahkan kebocoran itu.")]
    [InlineData("Xiaomi Luncurkan Redmi Note 12", "Ponsel ini dibekali layar AMOLED dan baterai 5.000 mAh, dijual mulai Rp 2 jutaan.")]
    [InlineData("Bocoran Spesifikasi Galaxy S24 Beredar", "Bocoran spesifikasi menyebut kamera 200 MP. Bocoran gambar memperlihatkan layar datar.")]
    public void Classify_NotAboutPrivacy_NotRelevant(string title, string text)
    {
        var verdict = Classifier.Classify(title, text);

        Assert.False(verdict.Relevant, $"score {verdict.Score}: {string.Join("|", verdict.Cues)}");
        Assert.Equal(IncidentType.Other, verdict.Type);
    }

    [Fact]
    public void Classify_OnePassingRemark_NotRelevant()
    {
        var text = "Perusahaan itu melaporkan laba naik. Tahun lalu perusahaan pernah mengalami peretasan. Saham naik 3 persen.";

        var verdict = Classifier.Classify("Laba Perusahaan Naik 20 Persen", text);

        Assert.False(verdict.Relevant, $"score {verdict.Score}");
    }
}
