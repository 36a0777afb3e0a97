using System.Globalization;
using System.Text;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>
/// A strict reading of Telegram's HTML parse mode (core.telegram.org/bots/api#html-style): only the
/// documented tags and attributes, only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities, every bare
/// &lt; &gt; &amp; rejected, tags balanced and nested by the documented rules. Returns the visible text.
/// </summary>
public static class TelegramHtmlParser
{
    private static readonly HashSet<string> Formatting = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "span"];

    public static TelegramHtmlResult Parse(string html)
    {
        var visible = new StringBuilder();
        var open = new Stack<string>();
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '&')
            {
                string? error = ReadEntity(html, ref i, visible);
                if (error is not null)
                {
                    return TelegramHtmlResult.Fail(error);
                }
            }
            else if (c == '<')
            {
                string? error = ReadTag(html, ref i, open);
                if (error is not null)
                {
                    return TelegramHtmlResult.Fail(error);
                }
            }
            else if (c == '>')
            {
                return TelegramHtmlResult.Fail($"unescaped '>' at byte offset {i}");
            }
            else
            {
                visible.Append(c);
                i++;
            }
        }

        return open.Count > 0
            ? TelegramHtmlResult.Fail($"unclosed start tag \"{open.Peek()}\"")
            : TelegramHtmlResult.Success(visible.ToString());
    }

    private static string? ReadEntity(string html, ref int i, StringBuilder visible)
    {
        int end = html.IndexOf(';', i);
        if (end < 0 || end - i > 12)
        {
            return $"unsupported start of entity at offset {i}";
        }

        string name = html[(i + 1)..end];
        string? decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ when name.StartsWith("#x", StringComparison.Ordinal) && int.TryParse(name[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int hex) => FromCodePoint(hex),
            _ when name.StartsWith('#') && name.Length > 1 && name[1..].All(char.IsAsciiDigit) && int.TryParse(name[1..], CultureInfo.InvariantCulture, out int dec) => FromCodePoint(dec),
            _ => null,
        };
        if (decoded is null)
        {
            return $"unsupported entity \"&{name};\"";
        }

        visible.Append(decoded);
        i = end + 1;
        return null;
    }

    private static string? FromCodePoint(int value) =>
        value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(value) : null;

    private static string? ReadTag(string html, ref int i, Stack<string> open)
    {
        int end = html.IndexOf('>', i);
        if (end < 0)
        {
            return $"unclosed tag at offset {i}";
        }

        string inner = html[(i + 1)..end];
        i = end + 1;
        if (inner.StartsWith('/'))
        {
            string closing = inner[1..];
            if (open.Count == 0 || open.Peek() != closing)
            {
                return $"unexpected end tag \"{closing}\"";
            }

            open.Pop();
            return null;
        }

        int space = inner.IndexOf(' ', StringComparison.Ordinal);
        string name = space < 0 ? inner : inner[..space];
        string attributes = space < 0 ? "" : inner[(space + 1)..];
        string? attributeError = CheckAttributes(name, attributes, open);
        if (attributeError is not null)
        {
            return attributeError;
        }

        string? nestingError = CheckNesting(name, open);
        if (nestingError is not null)
        {
            return nestingError;
        }

        open.Push(name);
        return null;
    }

    private static string? CheckAttributes(string name, string attributes, Stack<string> open)
    {
        bool ok = name switch
        {
            _ when Formatting.Contains(name) && name != "span" => attributes.Length == 0,
            "span" => attributes == "class=\"tg-spoiler\"",
            "a" => IsQuotedAttribute(attributes, "href"),
            "tg-emoji" => IsQuotedAttribute(attributes, "emoji-id"),
            "code" => attributes.Length == 0 || (open.Count > 0 && open.Peek() == "pre" && IsQuotedAttribute(attributes, "class")),
            "pre" => attributes.Length == 0,
            "blockquote" => attributes is "" or "expandable",
            _ => false,
        };
        return ok ? null : $"unsupported start tag \"{name}\" with attributes \"{attributes}\"";
    }

    private static bool IsQuotedAttribute(string attributes, string name)
    {
        string prefix = name + "=\"";
        if (!attributes.StartsWith(prefix, StringComparison.Ordinal) || !attributes.EndsWith('"') || attributes.Length < prefix.Length + 1)
        {
            return false;
        }

        string value = attributes[prefix.Length..^1];
        if (value.Contains('"', StringComparison.Ordinal) || value.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        int j = 0;
        return ReadEntities(value, ref j);
    }

    private static bool ReadEntities(string value, ref int j)
    {
        var sink = new StringBuilder();
        while (j < value.Length)
        {
            if (value[j] == '&')
            {
                if (ReadEntity(value, ref j, sink) is not null)
                {
                    return false;
                }
            }
            else
            {
                j++;
            }
        }

        return true;
    }

    private static string? CheckNesting(string name, Stack<string> open)
    {
        foreach (string outer in open)
        {
            if (outer is "code" || (outer is "pre" && name != "code"))
            {
                return $"\"{name}\" inside \"{outer}\"";
            }

            if ((outer == name && name is "a" or "blockquote") || (outer is "a" && name is "blockquote" or "pre"))
            {
                return $"\"{name}\" nested in \"{outer}\"";
            }
        }

        return null;
    }
}

public sealed record TelegramHtmlResult(bool Ok, string VisibleText, string? Error)
{
    public static TelegramHtmlResult Success(string text) => new(true, text, null);

    public static TelegramHtmlResult Fail(string error) => new(false, "", error);
}
