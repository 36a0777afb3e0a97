using System.Globalization;
using System.Text;
using NewsBot.Companies;

namespace NewsBot.Benchmarks.Analysis;

/// <summary>A deterministic synthetic catalogue (500 companies, 3,000 aliases) and a 4 KB article naming a few of them.</summary>
internal static class SyntheticCatalogue
{
    private static readonly string[] Syllables = ["ka", "ri", "to", "pe", "da", "lu", "mi", "so", "ne", "ba", "gi", "ra", "tu", "we", "yo", "ha", "ji", "ko", "se", "na"];

    public static List<CompanyDefinition> Companies(int count)
    {
        var random = new Random(42);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<CompanyDefinition>();
        while (result.Count < count)
        {
            var word = Word(random, 3);
            if (!names.Add(word))
            {
                continue;
            }

            var name = char.ToUpperInvariant(word[0]) + word[1..];
            var caps = word[..3].ToUpperInvariant() + result.Count.ToString(CultureInfo.InvariantCulture);
            result.Add(new CompanyDefinition
            {
                Slug = word,
                Name = name,
                Aliases = [$"PT {name}", $"{name} Indonesia", $"{name}.id"],
                CapsAliases = [caps],
                Products = [$"{name}Pay"],
            });
        }

        return result;
    }

    /// <summary>About 4 KB of Indonesian-like news text naming <paramref name="named"/> companies, with privacy cues.</summary>
    public static string Article(IReadOnlyList<CompanyDefinition> companies, int named)
    {
        var random = new Random(7);
        var text = new StringBuilder();
        var sentence = 0;
        while (text.Length < 4096)
        {
            var company = companies[random.Next(companies.Count)];
            text.Append((sentence++ % 6) switch
            {
                0 when sentence / 6 < named => $"Data pengguna {company.Name} diduga bocor dan dijual di forum peretas. ",
                1 => "Menurut pakar keamanan siber, kebocoran data ini berisi NIK, nama, alamat email dan nomor telepon pelanggan. ",
                2 => $"Perusahaan itu menyatakan sedang melakukan investigasi bersama BSSN, kata juru bicara {Word(random, 2)} kepada wartawan. ",
                3 => $"Sebelumnya, layanan {Word(random, 3)} juga mengalami gangguan selama beberapa jam pada Senin (8/5/2023). ",
                4 => "Pengguna diminta segera mengganti kata sandi dan mengaktifkan verifikasi dua langkah untuk akun mereka. ",
                _ => $"Harga saham {Word(random, 3)} turun 3,5 persen setelah kabar itu beredar di media sosial dan grup percakapan. ",
            });
        }

        return text.ToString();
    }

    private static string Word(Random random, int syllables)
    {
        var word = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            word.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return word.ToString();
    }
}
