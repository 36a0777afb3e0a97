namespace NewsBot.Feeds;

/// <summary>Built-in Indonesian and English technology, security and privacy feeds; replace them with <c>Feeds:Sources</c>.</summary>
public static class DefaultFeeds
{
    public static readonly IReadOnlyList<FeedSource> All =
    [
        new() { Name = "CNN Indonesia Teknologi", Url = "https://www.cnnindonesia.com/teknologi/rss", Language = "id" },
        new() { Name = "detikInet", Url = "https://rss.detik.com/index.php/inet", Language = "id" },
        new() { Name = "ANTARA Tekno", Url = "https://www.antaranews.com/rss/tekno.xml", Language = "id" },
        new() { Name = "CNBC Indonesia Tech", Url = "https://www.cnbcindonesia.com/tech/rss", Language = "id" },
        new() { Name = "Tempo Tekno", Url = "https://rss.tempo.co/tekno", Language = "id" },
        new() { Name = "Suara Tekno", Url = "https://www.suara.com/rss/tekno", Language = "id" },
        new() { Name = "Republika Tekno", Url = "https://www.republika.co.id/rss/tekno", Language = "id" },
        new() { Name = "BleepingComputer", Url = "https://www.bleepingcomputer.com/feed/", Language = "en" },
        new() { Name = "The Record", Url = "https://therecord.media/feed", Language = "en" },
        new() { Name = "DataBreaches.net", Url = "https://databreaches.net/feed/", Language = "en" },
        new() { Name = "The Hacker News", Url = "https://feeds.feedburner.com/TheHackersNews", Language = "en" },
        new() { Name = "TechCrunch Security", Url = "https://techcrunch.com/category/security/feed/", Language = "en" },
    ];
}
