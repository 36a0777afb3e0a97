namespace NewsBot.Feeds.Parsing;

/// <summary>
/// One start tag as written, read without failing: unquoted or unterminated attribute values are tolerated.
/// <see cref="Interrupted"/>: another '&lt;' or a '&amp;' came before any '&gt;', so this was no tag but a stray '&lt;'
/// in text ("a x&lt;y title&lt;/title&gt;"); reading it as a tag would swallow the text up to the next tag.
/// <see cref="Damaged"/>: junk between the attributes or an attribute without a value, so what the attributes say
/// (a text construct's type, a link's href) cannot be trusted.
/// </summary>
internal sealed record LenientTag(
    string Name, string LocalName, List<(string Name, string Value)> Attributes, bool SelfClosing, int Next, bool Interrupted = false, bool Damaged = false)
{
    /// <summary>Reads the start tag at <paramref name="start"/> (a '&lt;'); false when the document ends inside it.</summary>
    public static bool TryRead(string text, int start, out LenientTag tag)
    {
        tag = null!;
        LenientXmlLoader.TryReadName(text, start + 1, out var name, out var i);
        var attributes = new List<(string, string)>();
        var damaged = false;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                return false;
            }

            if (text[i] == '<')
            {
                tag = new LenientTag(name, name, attributes, SelfClosing: false, i, Interrupted: true);
                return true;
            }

            if (text[i] == '>' || (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>'))
            {
                break;
            }

            if (!LenientXmlLoader.TryReadName(text, i, out var attribute, out var afterName))
            {
                if (text[i] == '&')
                {
                    // A reference outside an attribute value: escaped text after a stray '<' ("<safe&lt;b>"), not a tag.
                    tag = new LenientTag(name, name, attributes, SelfClosing: false, i, Interrupted: true);
                    return true;
                }

                i++; // junk inside the tag
                damaged = true;
                continue;
            }

            i = afterName;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i = ReadValue(text, i + 1, out value);
            }
            else
            {
                damaged = true;
            }

            attributes.Add((attribute, value));
        }

        var next = LenientXmlLoader.TagEnd(text, i, out var selfClosing);
        if (next >= text.Length && text[^1] != '>')
        {
            return false;
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        tag = new LenientTag(name, colon < 0 ? name : name[(colon + 1)..], attributes, selfClosing, next, Damaged: damaged);
        return true;
    }

    private static int ReadValue(string text, int i, out string value)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOfAny([quote, '<'], i + 1);
            end = end < 0 ? text.Length : end;
            value = Normalize(text.AsSpan(i + 1, end - i - 1));
            return end < text.Length && text[end] == quote ? end + 1 : end;
        }

        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('>' or '<'))
        {
            i++;
        }

        value = Normalize(text.AsSpan(start, i - start));
        return i;
    }

    // As an XML reader does for attribute values: each whitespace character becomes a space.
    private static string Normalize(ReadOnlySpan<char> raw) =>
        XmlReferences.Decode(raw).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
