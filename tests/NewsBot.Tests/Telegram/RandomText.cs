using System.Text;

namespace NewsBot.Tests.Telegram;

/// <summary>Seeded generator of hostile strings: markup look-alikes, entities, emoji, combining marks, any code point.</summary>
internal sealed class RandomText(int seed)
{
    private static readonly string[] Fragments =
    [
        "<", ">", "&", "\"", "'", "<b>", "</b>", "<a href=\"x\">", "</a>", "&amp;", "&lt;", "&#60;", "&#x3C;", "&nbsp;",
        "&copy;", "<script>", "<!--", "-->", "<![CDATA[", "]]>", "<tg-spoiler>", "<pre>", "\n", "\r\n", "\t", " ", "  ",
        "Kebocoran data", "Tokopedia", "91 juta", "NIK", "Bjorka", "😀", "👩‍💻", "🇮🇩", "e\u0301", "\u202E", "\u200B", "\0",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public string Next(int maxPieces)
    {
        int pieces = _random.Next(0, maxPieces + 1);
        var text = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            switch (_random.Next(4))
            {
                case 0:
                    text.Append(Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 1:
                    text.Append((char)_random.Next(0x20, 0x7F));
                    break;
                case 2:
                    int bmp = _random.Next(1, 0xFFFE);
                    text.Append(bmp is >= 0xD800 and <= 0xDFFF ? 'x' : (char)bmp);
                    break;
                default:
                    text.Append(char.ConvertFromUtf32(_random.Next(0x10000, 0x10FFFF)));
                    break;
            }
        }

        return text.ToString();
    }
}
