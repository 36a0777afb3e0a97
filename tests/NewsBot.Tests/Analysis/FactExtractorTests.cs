using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

public sealed class FactExtractorTests
{
    private static readonly FactExtractor Extractor = new();

    [Theory]
    [InlineData("Sebanyak 91 juta data akun pengguna dijual.", 91_000_000L)]
    [InlineData("Bjorka menjual 1,3 miliar data registrasi SIM.", 1_300_000_000L)]
    [InlineData("The seller offers 279 million records.", 279_000_000L)]
    [InlineData("Ada 337.225.465 data kependudukan yang dijual.", 337_225_465L)]
    [InlineData("Jimbo claims 204,807,203 voter records.", 204_807_203L)]
    [InlineData("Data sebanyak 279 juta itu dijual di forum.", 279_000_000L)]
    [InlineData("Sekitar 1.3 billion rows were leaked.", 1_300_000_000L)]
    [InlineData("Sebanyak 25.000 pemegang polis terdampak.", 25_000L)]
    public void Extract_StatedRecordCount_Parses(string text, long expected)
    {
        var facts = Extractor.Extract(null, text, null);

        Assert.Equal(expected, facts.Records);
    }

    [Theory]
    [InlineData("LockBit meminta tebusan Rp131 miliar kepada bank.")]
    [InlineData("Data dijual seharga US$5.000 atau 0,15 BTC.")]
    [InlineData("Data berukuran 87 GB itu diunggah pada 2022.")]
    [InlineData("Pada 2019 data itu sudah dihapus.")]
    public void Extract_MoneySizeOrYear_NoRecordCount(string text)
    {
        var facts = Extractor.Extract(null, text, null);

        Assert.Null(facts.Records);
    }

    [Fact]
    public void Extract_DataTypesInDataSentence_Canonical()
    {
        var text = "Data yang bocor berisi NIK, nomor KK, nama lengkap, alamat email, nomor telepon, dan kata sandi. Penjual bernama Kotz.";

        var facts = Extractor.Extract(null, text, null);

        Assert.Equal(["KK", "NIK", "email", "kata sandi", "nama", "nomor telepon"], facts.DataTypes);
    }

    [Fact]
    public void Extract_DataWordsOutsideDataSentence_Ignored()
    {
        var text = "Atas nama perusahaan, ia mengirim email kepada wartawan. Alamat kantornya di Jakarta.";

        var facts = Extractor.Extract(null, text, null);

        Assert.Empty(facts.DataTypes);
    }

    [Theory]
    [InlineData("Peretas Bjorka kembali membocorkan data.", "Bjorka")]
    [InlineData("Data dijual oleh akun bernama Kotz di RaidForums.", "Kotz")]
    [InlineData("Kelompok LockBit 3.0 mengklaim serangan.", "LockBit 3.0")]
    [InlineData("A hacker called Jimbo offered the data.", "Jimbo")]
    public void Extract_Actor_Named(string text, string actor)
    {
        var facts = Extractor.Extract(null, text, null);

        Assert.Equal(actor, facts.Actor);
    }

    [Theory]
    [InlineData("Data itu diduga bocor, klaim penjual.", IncidentStatus.Alleged)]
    [InlineData("Perusahaan membantah data itu bocor dan menyebutnya hoaks.", IncidentStatus.Denied)]
    [InlineData("Perusahaan mengonfirmasi adanya akses ilegal setelah sebelumnya diduga bocor.", IncidentStatus.Confirmed)]
    [InlineData("Kebocoran itu belum dikonfirmasi perusahaan.", IncidentStatus.Alleged)]
    [InlineData("Data pengguna dijual.", IncidentStatus.Unknown)]
    public void Extract_StatusWords_Status(string text, IncidentStatus status)
    {
        var facts = Extractor.Extract(null, text, null);

        Assert.Equal(status, facts.Status);
    }

    [Fact]
    public void Extract_DateInText_FirstReportedIsEarliestRecentDate()
    {
        var published = new DateTimeOffset(2020, 5, 4, 10, 0, 0, TimeSpan.FromHours(7));
        var text = "Kabar ini diungkap pada Sabtu (2/5/2020). Tokopedia dibobol Maret 2020; kasus serupa terjadi 12 Januari 2019.";

        var facts = Extractor.Extract(null, text, published);

        Assert.Equal(new DateTimeOffset(2020, 5, 2, 0, 0, 0, TimeSpan.FromHours(7)), facts.FirstReported);
    }

    [Fact]
    public void Extract_NoDateInText_FirstReportedIsPublished()
    {
        var published = new DateTimeOffset(2021, 5, 20, 13, 0, 0, TimeSpan.FromHours(7));

        var facts = Extractor.Extract(null, "Data 279 juta penduduk bocor.", published);

        Assert.Equal(published, facts.FirstReported);
    }

    [Fact]
    public void Extract_DataWordAsChannel_NotADataType()
    {
        var text = "Baik Anda berkomunikasi dengan bisnis melalui telepon, email, atau WhatsApp, perusahaan dapat memakai informasi itu, termasuk untuk iklan.";

        var facts = Extractor.Extract(null, text, null);

        Assert.Empty(facts.DataTypes);
    }

    [Fact]
    public void Extract_SharedDataType_Kept()
    {
        var facts = Extractor.Extract(null, "WhatsApp shares phone numbers and device information with Facebook.", null);

        Assert.Equal(["nomor telepon"], facts.DataTypes);
    }

    [Theory]
    [InlineData(IncidentType.RegulatoryAction, "Kominfo")]
    [InlineData(IncidentType.DataLeak, null)]
    public void Extract_RegulatorActs_ActorOnlyForRegulatoryAction(IncidentType type, string? actor)
    {
        var facts = Extractor.Extract("Kominfo Panggil Telkom soal Dugaan Kebocoran Data", "Kementerian Komunikasi dan Informatika memanggil Telkom untuk meminta penjelasan.", null, type);

        Assert.Equal(actor, facts.Actor);
    }

    [Theory]
    [InlineData("Lebih dari 1,3 miliar data registrasi SIM diduga bocor.", CountQualifier.MoreThan)]
    [InlineData("Sekitar 279 juta data penduduk dijual di forum.", CountQualifier.About)]
    [InlineData("Up to 10 million users may have had their data exposed.", CountQualifier.UpTo)]
    [InlineData("Sebanyak 91 juta akun dijual.", CountQualifier.Exact)]
    public void Extract_HedgedCount_KeepsTheQualifier(string text, CountQualifier expected)
    {
        var facts = Extractor.Extract(null, text, null);

        Assert.Equal(expected, facts.RecordsQualifier);
    }

    [Theory]
    [InlineData("9 Fakta Kebocoran Data Nasabah", "Berikut fakta yang perlu diketahui.")]
    [InlineData("BSI Jadi 1 dari 9 Bank yang Diserang", "Serangan itu melumpuhkan layanan.")]
    [InlineData("WhatsApp Minta Pengguna Setujui Kebijakan", "WhatsApp meminta 2 miliar penggunanya menyetujui kebijakan baru.")]
    [InlineData("Bukalapak Akui Upaya Peretasan", "Bukalapak, yang memiliki lebih dari 100 juta pengguna, membenarkan upaya peretasan.")]
    public void Extract_ListicleFractionOrUserBase_NoRecordCount(string title, string text)
    {
        var facts = Extractor.Extract(title, text, null);

        Assert.Null(facts.Records);
    }
}
