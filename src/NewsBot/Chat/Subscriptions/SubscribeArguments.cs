using NewsBot.Analysis;
using NewsBot.Companies;

namespace NewsBot.Chat.Subscriptions;

/// <summary>
/// Reads the argument of /ikuti and /berhenti: "tokopedia, bukalapak", "semua", "tokopedia hanya kebocoran, peretasan",
/// "gojek dan grab". <see cref="Companies"/> holds what was recognised, <see cref="Unknown"/> the rest.
/// </summary>
public sealed record SubscribeArguments(bool All, IReadOnlyList<Company> Companies, IReadOnlyList<string> Unknown, IReadOnlySet<IncidentType> Types)
{
    private static readonly string[] AllWords = ["semua", "all", "*", "semua perusahaan"];

    public static SubscribeArguments Parse(string argument, Func<string, Company?> find)
    {
        var types = new HashSet<IncidentType>();
        var names = IncidentTypeWords.TakeTrailing(argument.ToLowerInvariant(), types);
        // "/berhenti jenis kebocoran", "/ikuti hanya kebocoran": the type words without a company.
        names = names is "hanya" or "jenis" ? "" : names.StartsWith("hanya ", StringComparison.Ordinal) ? names[6..] : names;

        if (AllWords.Contains(names.Trim()))
        {
            return new SubscribeArguments(true, [], [], types);
        }

        var companies = new List<Company>();
        var unknown = new List<string>();
        foreach (var part in Split(names, find))
        {
            if (find(part) is { } company)
            {
                if (!companies.Contains(company))
                {
                    companies.Add(company);
                }
            }
            else
            {
                unknown.Add(part);
            }
        }

        return new SubscribeArguments(false, companies, unknown, types);
    }

    /// <summary>Whole text first (a name may contain "dan"), then by commas, then by "dan", then word by word when every word is a company.</summary>
    private static IEnumerable<string> Split(string text, Func<string, Company?> find)
    {
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (find(part) is not null)
            {
                yield return part;
                continue;
            }

            var pieces = part.Split([" dan ", " & ", " + "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (pieces.Length == 1 && part.Split(' ') is { Length: > 1 } words && words.All(w => find(w) is not null))
            {
                pieces = words;
            }

            foreach (var piece in pieces)
            {
                yield return piece;
            }
        }
    }
}
