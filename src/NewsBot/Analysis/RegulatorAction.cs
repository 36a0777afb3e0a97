using NewsBot.Text;

namespace NewsBot.Analysis;

/// <summary>
/// The authority a headline has act ("Kominfo Panggil PLN", "OJK Minta BRI Life…", "Polisi Tangkap…"), by its label
/// in Data/regulators.tsv; null when the headline has none act. A regulator acting on a known incident is a new fact.
/// </summary>
public static class RegulatorAction
{
    private static readonly PhraseMatcher<Phrase> Regulators = new(
        AnalysisLexicon.Load().Phrases.Where(p => p.Kind == PhraseKind.Regulator).Select(p => (p.Form, p)));

    public static string? InTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var folded = FoldedText.Create(title);
        return Regulators.FindAll(folded).FirstOrDefault(hit => AuthorityAction.After(folded.Text, hit.End)).Value?.Label;
    }
}
