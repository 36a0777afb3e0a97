namespace NewsBot.Benchmarks.Search;

/// <summary>
/// Words for generated articles: real Indonesian news words first (the most frequent), then company names, then
/// made-up words for a long tail, drawn by a Zipf law so the top words are in nearly every article and the tail
/// words in a handful.
/// </summary>
internal sealed class SearchCorpus
{
    public static readonly string[] Companies =
    [
        "Tokopedia", "Bukalapak", "Gojek", "Grab", "Shopee", "Lazada", "Traveloka", "BPJS Kesehatan", "Telkomsel", "Indosat",
        "XL Axiata", "BRI", "BCA", "Mandiri", "BNI", "OVO", "DANA", "LinkAja", "Xiaomi", "Samsung", "WhatsApp", "Facebook",
        "Instagram", "TikTok", "Google", "Microsoft", "Apple", "Blibli", "Zalora", "KPU", "PLN", "Pertamina", "Garuda",
        "Kominfo", "BSSN", "Twitter", "Telegram", "Netflix", "Spotify", "Halodoc",
    ];

    private static readonly string[] CommonWords =
    [
        "data", "yang", "dan", "di", "pengguna", "ini", "itu", "dengan", "untuk", "dari", "akan", "pada", "juga", "tidak", "dalam",
        "telah", "bocor", "kebocoran", "peretas", "akun", "informasi", "pribadi", "keamanan", "siber", "perusahaan", "privasi",
        "sistem", "laporan", "pihak", "menurut", "kata", "sebanyak", "juta", "nomor", "telepon", "alamat", "email", "sandi",
        "kata sandi", "forum", "dijual", "diduga", "serangan", "ransomware", "regulator", "denda", "kebijakan", "aplikasi",
        "layanan", "pemerintah", "kementerian", "investigasi", "polisi", "tersangka", "nasabah", "pelanggan", "identitas",
        "NIK", "kartu", "kredit", "transaksi", "server", "celah", "keamanan", "pembaruan", "peringatan", "pakar", "jaringan",
        "internet", "digital", "teknologi", "Indonesia", "Jakarta", "publik", "resmi", "keterangan", "klarifikasi", "membantah",
        "mengonfirmasi", "penyelidikan", "pelindungan", "undang-undang", "PDP", "sanksi", "audit", "enkripsi", "verifikasi",
        "dua", "langkah", "segera", "mengganti", "rentan", "terdampak", "jutaan", "ribuan", "catatan", "basis", "dokumen",
        "rahasia", "penipuan", "phishing", "malware", "pencurian", "pengawasan", "lokasi", "kamera", "mikrofon", "iklan",
    ];

    private static readonly string[] Syllables = ["ba", "ka", "ri", "to", "mu", "sa", "ne", "lo", "pi", "da", "gu", "we", "ha", "ju", "ti", "ro", "ma", "ke", "su", "ya"];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public SearchCorpus(int tailWords)
    {
        _vocabulary = [.. CommonWords, .. Companies, .. Enumerable.Range(0, tailWords).Select(TailWord)];
        _cumulative = new double[_vocabulary.Length];
        var sum = 0.0;
        for (var rank = 0; rank < _vocabulary.Length; rank++)
        {
            sum += 1.0 / (rank + 1);
            _cumulative[rank] = sum;
        }
    }

    public IReadOnlyList<string> Vocabulary => _vocabulary;

    public static int CommonCount => CommonWords.Length;

    /// <summary>A made-up word, different for every index: "barito", "kamuri", …</summary>
    public static string TailWord(int index)
    {
        var word = "";
        var n = index + 1;
        while (n > 0)
        {
            word += Syllables[n % Syllables.Length];
            n /= Syllables.Length;
        }

        return word + "n";
    }

    public string Sentence(Random random, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Word(random);
        }

        return string.Join(' ', parts);
    }

    public string Word(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _vocabulary[index < 0 ? ~index : index];
    }
}
