namespace NewsBot.Analysis;

/// <summary>What an article is about: language, companies, privacy relevance with the cues that fired, incident type and facts.</summary>
public sealed record ArticleAnalysis(
    string Language,
    bool Relevant,
    double Score,
    IncidentType Type,
    IReadOnlyList<CompanyMatch> Companies,
    IReadOnlyList<string> Cues,
    IncidentFacts Facts)
{
    /// <summary>Companies the article is about (alerts go to their subscribers only).</summary>
    public IEnumerable<CompanyMatch> Subjects => Companies.Where(c => c.Salience == Salience.Subject);
}

/// <param name="Slug">Catalogue key of the company.</param>
/// <param name="Name"></param>
/// <param name="Salience"></param>
/// <param name="Matched">The surface forms found in the text ("Tokped", "WA").</param>
public sealed record CompanyMatch(string Slug, string Name, Salience Salience, IReadOnlyList<string> Matched)
{
    /// <summary>Set when the company is involved only as the parent of a matched company ("meta" via "whatsapp").</summary>
    public string? ImpliedBy { get; init; }

    /// <summary>How often the company was named (title and text).</summary>
    public int Count { get; init; }
}

public enum Salience
{
    /// <summary>Named in the title or lead, or dominant in the body: the article is about it.</summary>
    Subject,

    /// <summary>A passing reference.</summary>
    Mention,
}
