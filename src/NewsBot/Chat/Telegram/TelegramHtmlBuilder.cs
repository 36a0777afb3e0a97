using System.Globalization;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// Builds Telegram HTML from plain text only: every run is escaped and wrapped in at most one
/// whitelisted tag (b, i, code, a, blockquote), so the output always parses. <see cref="Build"/> splits
/// into messages of at most <see cref="MaxMessageLength"/> visible characters, cutting plain
/// text (never markup) on grapheme boundaries, preferably after a line break or space. Telegram.Bot's
/// HtmlText offers escaping and truncation but no splitting, so this stays NewsBot's own.
/// </summary>
public sealed class TelegramHtmlBuilder
{
    /// <summary>Telegram's limit on a message's visible text (after entity parsing), in UTF-16 code units.</summary>
    public const int MaxMessageLength = 4096;

    private readonly List<HtmlSegment> _segments = [];

    /// <summary>Visible length (UTF-16 code units) of everything added so far.</summary>
    public int VisibleLength => _segments.Sum(s => s.Text.Length);

    public TelegramHtmlBuilder Text(string text) => Add(null, text);

    public TelegramHtmlBuilder Line(string text = "") => Add(null, text + "\n");

    public TelegramHtmlBuilder Bold(string text) => Add("b", text);

    public TelegramHtmlBuilder Italic(string text) => Add("i", text);

    public TelegramHtmlBuilder Code(string text) => Add("code", text);

    public TelegramHtmlBuilder Blockquote(string text) => Add("blockquote", text);

    /// <summary>A link when <paramref name="url"/> is absolute http(s); otherwise just the text.</summary>
    public TelegramHtmlBuilder Link(string url, string text) =>
        IsWebUrl(url) ? Add("a", text, url) : Text(text);

    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Renders one or more messages; parts whose visible text would be blank are dropped.</summary>
    public IReadOnlyList<string> Build(int maxVisible = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxVisible, 16);
        var parts = new List<string>();
        var current = new List<(HtmlSegment Segment, string Text)>();
        int used = 0;

        void Emit(int count)
        {
            string visible = string.Concat(current.Take(count).Select(p => p.Text));
            if (visible.Trim().Length > 0)
            {
                parts.Add(string.Concat(current.Take(count).Select(p => p.Segment.Render(p.Text))));
            }

            used -= visible.Length;
            current.RemoveRange(0, count);
        }

        foreach (HtmlSegment segment in _segments)
        {
            string rest = segment.Text;
            while (rest.Length > 0)
            {
                int room = maxVisible - used;
                if (rest.Length <= room)
                {
                    current.Add((segment, rest));
                    used += rest.Length;
                    break;
                }

                (int cut, bool atNewline) = BreakPoint(rest, room);
                int lineEnd = atNewline ? -1 : LastLineEnd(current, maxVisible / 2);
                if (lineEnd > 0)
                {
                    // A line break between earlier pieces makes a nicer cut than one inside this piece.
                    Emit(lineEnd);
                    continue;
                }

                if (cut == 0 && current.Count > 0)
                {
                    Emit(current.Count);
                    continue;
                }

                if (cut == 0)
                {
                    // One grapheme longer than a whole message: cut it, but never inside a surrogate pair.
                    cut = char.IsHighSurrogate(rest[room - 1]) ? room - 1 : room;
                }

                current.Add((segment, rest[..cut]));
                used += cut;
                Emit(current.Count);
                rest = rest[cut..];
            }
        }

        Emit(current.Count);
        return parts;
    }

    /// <summary>Number of leading pieces that end with a line break and hold at least <paramref name="minimum"/> characters; 0 if none.</summary>
    private static int LastLineEnd(List<(HtmlSegment Segment, string Text)> pieces, int minimum)
    {
        int total = pieces.Sum(p => p.Text.Length);
        for (int i = pieces.Count - 1; i >= 0; i--)
        {
            if (total >= minimum && pieces[i].Text.EndsWith('\n'))
            {
                return i + 1;
            }

            total -= pieces[i].Text.Length;
        }

        return 0;
    }

    private TelegramHtmlBuilder Add(string? tag, string text, string? href = null)
    {
        if (text.Length > 0)
        {
            _segments.Add(new HtmlSegment(tag, text, href));
        }

        return this;
    }

    /// <summary>
    /// Longest prefix of at most <paramref name="room"/> code units that ends on a grapheme boundary,
    /// preferring one that ends with a line break, then a space, when that keeps at least half the room.
    /// Returns 0 only when even the first grapheme does not fit.
    /// </summary>
    private static (int Cut, bool AtNewline) BreakPoint(string text, int room)
    {
        int last = 0;
        int afterNewline = 0;
        int afterSpace = 0;
        int position = 0;
        while (position < text.Length)
        {
            int length = StringInfo.GetNextTextElementLength(text, position);
            if (position + length > room)
            {
                break;
            }

            position += length;
            last = position;
            char end = text[position - 1];
            if (end == '\n')
            {
                afterNewline = position;
            }
            else if (end == ' ' && length == 1)
            {
                afterSpace = position;
            }
        }

        int half = room / 2;
        return afterNewline >= half && afterNewline > 0 ? (afterNewline, true)
            : afterSpace >= half && afterSpace > 0 ? (afterSpace, false)
            : (last, false);
    }
}
