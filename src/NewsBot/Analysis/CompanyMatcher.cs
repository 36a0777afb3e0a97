using NewsBot.Companies;

using NewsBot.Text;
namespace NewsBot.Analysis;

/// <summary>
/// Finds catalogue companies in text with one multi-pattern pass: whole words, case- and diacritic-insensitive,
/// caps-only short forms checked against the original text, products mapped to their company, veto phrases
/// cancelling the match they overlap, and a form inside a longer form ("BRI" in "BRI Life") giving way to it.
/// </summary>
public sealed class CompanyMatcher
{
    private readonly PhraseMatcher<Phrase> _matcher;

    public CompanyMatcher(CompanyCatalog catalog)
    {
        Phrases = [.. BuildPhrases(catalog.All)];
        _matcher = new PhraseMatcher<Phrase>(Phrases.Select(p => (p.Form, p)));
    }

    internal IReadOnlyList<Phrase> Phrases { get; }

    /// <summary>Companies named in the text with the surface forms found, in order of first occurrence.</summary>
    public IReadOnlyList<(Company Company, IReadOnlyList<string> Matched)> Match(string text)
    {
        var folded = FoldedText.Create(text);
        return [.. Resolve(_matcher.FindAll(folded), folded)
            .GroupBy(o => o.Company.Slug)
            .Select(g => (g.First().Company, (IReadOnlyList<string>)[.. g.Select(o => o.Surface).Distinct(StringComparer.Ordinal)]))];
    }

    internal static IEnumerable<Phrase> BuildPhrases(IEnumerable<Company> companies)
    {
        foreach (var company in companies)
        {
            // A name spelled like a caps-only form ("DANA", "LINE", "OVO") counts only in capitals.
            var capsOnly = new HashSet<string>(company.CapsAliases, StringComparer.OrdinalIgnoreCase);
            foreach (var name in new[] { company.Name }.Concat(company.Aliases).Where(n => !capsOnly.Contains(n)))
            {
                yield return new Phrase(PhraseKind.CompanyName, name) { Company = company };
            }

            foreach (var caps in company.CapsAliases)
            {
                yield return new Phrase(PhraseKind.CompanyCaps, caps) { Company = company };
            }

            foreach (var product in company.Products)
            {
                yield return new Phrase(PhraseKind.CompanyProduct, product) { Company = company };
            }

            foreach (var veto in company.VetoWords)
            {
                yield return new Phrase(PhraseKind.CompanyVeto, veto) { Company = company };
            }
        }
    }

    /// <summary>Turns raw automaton hits (any kinds) into accepted company occurrences, sorted by position.</summary>
    internal static List<CompanyOccurrence> Resolve(List<PhraseHit<Phrase>> hits, FoldedText text)
    {
        List<PhraseHit<Phrase>>? vetoes = null;
        var candidates = new List<PhraseHit<Phrase>>();
        foreach (var hit in hits)
        {
            switch (hit.Value.Kind)
            {
                case PhraseKind.CompanyVeto:
                    (vetoes ??= []).Add(hit);
                    break;
                case PhraseKind.CompanyName:
                    candidates.Add(hit);
                    break;
                case PhraseKind.CompanyProduct when !IsLowercaseWord(hit, text):
                    candidates.Add(hit);
                    break;
                case PhraseKind.CompanyCaps when IsExactCase(hit, text):
                    candidates.Add(hit);
                    break;
                default:
                    break;
            }
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var accepted = new List<CompanyOccurrence>();
        var coveredUntil = -1;
        foreach (var hit in candidates)
        {
            // Sorted by start then longest first: a hit ending inside an earlier, longer hit is part of it.
            if (hit.End <= coveredUntil || IsVetoed(hit, vetoes) || IsForeignBody(hit, text))
            {
                continue;
            }

            coveredUntil = Math.Max(coveredUntil, hit.End);
            accepted.Add(new CompanyOccurrence(hit.Value.Company!, Surface(text, hit.Start, hit.End), hit.Start, hit.End, hit.Value.Kind == PhraseKind.CompanyProduct));
        }

        return accepted;
    }

    internal static string Surface(FoldedText text, int start, int end)
    {
        var from = text.Map[start];
        var to = text.Map[end - 1];
        return text.Original[from..(to + 1)];
    }

    private static bool IsVetoed(PhraseHit<Phrase> hit, List<PhraseHit<Phrase>>? vetoes)
    {
        if (vetoes is null)
        {
            return false;
        }

        foreach (var veto in vetoes)
        {
            if (ReferenceEquals(veto.Value.Company, hit.Value.Company) && veto.Start < hit.End && hit.Start < veto.End)
            {
                return true;
            }
        }

        return false;
    }

    // "outlook" is a word, "Outlook" a product: a product written all in lower case is not the product,
    // unless the product itself starts in lower case ("eHAC", "iPhone").
    private static bool IsLowercaseWord(PhraseHit<Phrase> hit, FoldedText text)
    {
        var form = hit.Value.Form;
        return char.IsUpper(form[0]) && char.IsLower(text.Original[text.Map[hit.Start]]);
    }

    // "Kementerian Kesehatan Brasil" is not Kemenkes: a public body followed by a foreign country is foreign.
    private static bool IsForeignBody(PhraseHit<Phrase> hit, FoldedText text)
    {
        var company = hit.Value.Company!;
        if (!company.Authority && !PublicBodyPrefixes.Any(p => company.Name.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        var s = text.Text;
        var start = hit.End;
        while (start < s.Length && s[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < s.Length && FoldedText.IsWordChar(s[end]))
        {
            end++;
        }

        return end > start && ForeignCountries.Contains(s[start..end]);
    }

    private static readonly string[] PublicBodyPrefixes = ["Kementerian", "Komisi", "Badan", "Direktorat", "Otoritas"];

    private static readonly HashSet<string> ForeignCountries = new(StringComparer.Ordinal)
    {
        "amerika", "as", "brasil", "brazil", "china", "tiongkok", "jepang", "korea", "korsel", "korut", "malaysia", "singapura",
        "australia", "india", "inggris", "rusia", "arab", "saudi", "filipina", "thailand", "vietnam", "prancis", "perancis",
        "jerman", "belanda", "italia", "spanyol", "kanada", "turki", "iran", "irak", "pakistan", "mesir", "israel", "ukraina",
        "taiwan", "hongkong", "selandia", "myanmar", "kamboja", "laos", "brunei", "timor", "uni", "eropa",
    };

    private static bool IsExactCase(PhraseHit<Phrase> hit, FoldedText text)
    {
        // A text without capitals (a URL slug used as a title) carries no case information: acronyms ("bri", "bssn")
        // still count there, brand words that are also ordinary words ("dana", "line") do not.
        var form = hit.Value.Form;
        if (!text.HasUpper && form.All(char.IsUpper) && !string.Equals(form, hit.Value.Company!.Name, StringComparison.Ordinal))
        {
            return true;
        }

        var j = 0;
        for (var i = hit.Start; i < hit.End; i++)
        {
            var original = text.Original[text.Map[i]];
            if (char.IsWhiteSpace(original))
            {
                while (j < form.Length && char.IsWhiteSpace(form[j]))
                {
                    j++;
                }

                continue;
            }

            if (j >= form.Length || form[j] != original)
            {
                return false;
            }

            j++;
        }

        return j == form.Length;
    }
}
