namespace NewsBot.Summaries;

/// <summary>The chat-completions request: 2–3 Indonesian sentences grounded in the article, nothing invented.</summary>
internal static class LlmPrompt
{
    private const int MaxArticleCharacters = 8000;

    public static ChatCompletionRequest Build(string model, string title, string article, SummaryOptions options)
    {
        var system = "Anda menulis ringkasan berita untuk peringatan privasi dan keamanan data. "
            + $"Tulis 2 sampai {Math.Max(2, options.MaxSentences)} kalimat utuh dalam bahasa Indonesia, paling banyak {options.MaxCharacters} karakter. "
            + "Artikel bisa berbahasa Inggris; ringkasan tetap dalam bahasa Indonesia. "
            + "Gunakan hanya fakta yang ada di artikel; jangan menambahkan angka, nama, tanggal, atau dugaan yang tidak tertulis. "
            + "Jawab hanya dengan ringkasan, tanpa judul, daftar, atau kata pengantar.";
        var body = article.Length > MaxArticleCharacters ? article[..MaxArticleCharacters] : article;
        var user = $"Judul: {title}\n\nArtikel:\n{body}";
        return new ChatCompletionRequest(
            model,
            [new ChatMessage("system", system), new ChatMessage("user", user)],
            Temperature: 0.2,
            MaxTokens: 400,
            Stream: false);
    }
}
