using NewsBot.Analysis;
using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

/// <summary>Small factories for requests and options used by the summarizer tests (synthetic text written for the tests).</summary>
internal static class SummaryRequests
{
    public const string LeakTitle = "Data 1,2 Juta Pelanggan Toko Contoh Diduga Bocor";

    public const string LeakArticle = """
        JAKARTA, KOMPAS.com - Data sekitar 1,2 juta pelanggan Toko Contoh diduga bocor dan ditawarkan di sebuah forum peretas sejak Senin (3/3/2025).

        Penjual di forum itu mengklaim data berisi nama, alamat email, nomor telepon dan alamat rumah pelanggan.

        Baca juga: Cara Mengecek Apakah Data Anda Pernah Bocor

        "Kami sedang menyelidiki klaim tersebut bersama BSSN dan akan memberi kabar secepatnya," kata juru bicara Toko Contoh, Rina, kepada wartawan.

        Pakar keamanan siber menyarankan pelanggan segera mengganti kata sandi dan mewaspadai pesan penipuan yang mengatasnamakan perusahaan.

        Toko Contoh menyatakan sistem pembayaran tidak terdampak oleh dugaan kebocoran ini. (nds/krs)

        Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.
        """;

    public static SummaryRequest Indonesian(string? text = null, string? title = null, int maxSentences = 3)
        => new(title ?? LeakTitle, text ?? LeakArticle, "id", ["Toko Contoh"], ["bocor", "forum peretas"], IncidentType.DataLeak,
            IncidentFacts.None, new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(7)), maxSentences);

    public static SummaryOptions Options(Uri? baseUrl = null, TimeSpan? timeout = null, string? apiKey = null)
        => new()
        {
            Llm = new LlmSummaryOptions
            {
                BaseUrl = baseUrl,
                Model = "test-model",
                ApiKey = apiKey,
                Timeout = timeout ?? TimeSpan.FromSeconds(20),
            },
        };
}
