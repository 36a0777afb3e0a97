using NewsBot.Companies;
using NewsBot.Text;

namespace NewsBot.Analysis;

/// <summary>
/// What an article is about. One Aho–Corasick pass over the title and one over the text find company forms,
/// relevance cues, negative contexts, data-type words, actors and status words together; the rest is bookkeeping.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly CompanyCatalog _catalog;
    private readonly PhraseMatcher<Phrase> _matcher;

    public ArticleAnalyzer(CompanyCatalog catalog)
    {
        _catalog = catalog;
        var phrases = CompanyMatcher.BuildPhrases(catalog.All).Concat(AnalysisLexicon.Load().Phrases);
        _matcher = new PhraseMatcher<Phrase>(phrases.Select(p => (p.Form, p)));
    }

    public ArticleAnalysis Analyze(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (titleText, bodyText) = ArticleText.TitleAndBody(input.Title, ArticleText.StripLinkOuts(input.Text));
        var title = FoldedText.Create(titleText);
        var body = FoldedText.Create(bodyText);
        var titleHits = _matcher.FindAll(title);
        var bodyHits = _matcher.FindAll(body);

        var verdict = PrivacyClassifier.Classify(titleHits, title, bodyHits, body);
        var companies = SalienceRules.Decide(
            CompanyMatcher.Resolve(titleHits, title), title, CompanyMatcher.Resolve(bodyHits, body), body, _catalog,
            verdict.Relevant && verdict.Type is not (IncidentType.DataLeak or IncidentType.Hacking or IncidentType.Ransomware));
        var facts = verdict.Relevant
            ? FactExtractor.Extract(title, titleHits, body, bodyHits, input.Published, verdict.Type)
            : IncidentFacts.None;
        // A break-in that states what data left is, for the reader, a data leak.
        var type = verdict.Type == IncidentType.Hacking && (facts.Records is not null || facts.DataTypes.Count > 0)
            ? IncidentType.DataLeak
            : verdict.Type;
        var language = LanguageDetector.Detect(titleText + "\n" + bodyText);
        return new ArticleAnalysis(language, verdict.Relevant, verdict.Score, type, companies, verdict.Cues, facts);
    }

    /// <summary>Matching and relevance only (what the benchmark measures): no facts, no salience.</summary>
    internal (int Companies, bool Relevant) MatchAndClassify(string title, string text)
    {
        var t = FoldedText.Create(title);
        var b = FoldedText.Create(text);
        var titleHits = _matcher.FindAll(t);
        var bodyHits = _matcher.FindAll(b);
        var companies = CompanyMatcher.Resolve(titleHits, t).Count + CompanyMatcher.Resolve(bodyHits, b).Count;
        return (companies, PrivacyClassifier.Classify(titleHits, t, bodyHits, b).Relevant);
    }
}
