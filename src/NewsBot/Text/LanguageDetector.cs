using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NewsBot.Text;

/// <summary>
/// Tells Indonesian ("id") from English ("en") and anything else ("other") by the share of frequent function words.
/// Profiles of a few other Latin-script languages keep Spanish or Dutch text from counting as a weak "id" or "en".
/// </summary>
public static partial class LanguageDetector
{
    public const string Indonesian = "id";
    public const string English = "en";
    public const string Other = "other";

    private const double MinimumShare = 0.08;
    private const int ShortText = 12;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Profiles = new Dictionary<string, FrozenSet<string>>
    {
        [Indonesian] = Set("yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah oleh karena sudah bisa ada atau "
            + "saat tersebut kami mereka telah lebih para bahwa kata dia secara hingga agar namun masih sebagai menjadi belum setelah "
            + "tak sebuah serta seperti yaitu bagi jika hanya banyak sangat kepada ia kita saya anda akan dapat harus tetapi tapi "
            + "sejak selama sementara kemudian lalu antara terhadap melalui tentang sekitar ujar menurut pun lagi nya pihak"),
        [English] = Set("the of and to in is that for it was on with as by be are at this from has have an not or which were said its "
            + "their they will been had would but who after about more than also can could into over new other some such when "
            + "what there these those them our we you your he she his her if may do does did so because while"),
        ["de"] = Set("der die das und ist nicht mit von den dem ein eine zu auf für sich auch es im wird werden wurde nach bei oder"),
        ["fr"] = Set("le la les et est des du un une pour dans que qui pas sur au avec ce ces sont par plus été mais ou leur"),
        ["es"] = Set("el la los las y es del que en por con para una un no se su al lo como más pero sus fue han está"),
        ["nl"] = Set("de het een en van is dat niet op te zijn voor met die er aan ook als maar bij wordt werd naar"),
        ["pt"] = Set("o os as e é do da dos das que em um uma para com não por se na no mais foi são ao pelo pela"),
        ["it"] = Set("il lo la gli le e è di del della che in un una per con non si sono al alla più ma anche come"),
    }.ToFrozenDictionary();

    public static string Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Other;
        }

        var tokens = WordTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return Other;
        }

        var best = Other;
        var bestHits = 0;
        var secondHits = 0;
        foreach (var (language, words) in Profiles)
        {
            var hits = tokens.Count(words.Contains);
            if (hits > bestHits)
            {
                secondHits = bestHits;
                bestHits = hits;
                best = language;
            }
            else if (hits > secondHits)
            {
                secondHits = hits;
            }
        }

        // A profile must cover a fair share of the tokens and clearly beat the runner-up (shared words such as "is", "de").
        if (bestHits == 0 && tokens.Count <= ShortText)
        {
            // Headlines often carry no function word at all: fall back to Indonesian affix shapes ("diduga", "pengguna").
            return tokens.Count(t => IndonesianAffix().IsMatch(t)) * 2 > tokens.Count ? Indonesian : Other;
        }

        var minimum = Math.Max(1, (int)Math.Ceiling(tokens.Count * MinimumShare));
        if (bestHits < minimum || bestHits <= secondHits * 1.2)
        {
            return Other;
        }

        return best is Indonesian or English ? best : Other;
    }

    private static FrozenSet<string> Set(string words)
        => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:di|mem|men|meng|meny|ber|ter|pem|pen|peng|per|ke)\p{L}{3,}|^\p{L}{3,}(?:kan|nya|an|lah)$")]
    private static partial Regex IndonesianAffix();
}
