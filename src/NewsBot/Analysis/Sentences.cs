using System.Text.RegularExpressions;

namespace NewsBot.Analysis;

/// <summary>
/// Sentence spans of folded or original text (split after '.', '!' or '?' followed by white space, not inside
/// numbers, and at line breaks).
/// </summary>
internal sealed partial class Sentences
{
    private readonly List<int> _starts = [0];
    private readonly Dictionary<int, bool> _aboutData = [];
    private readonly string _text;

    public Sentences(string folded)
    {
        _text = folded;
        for (var i = 1; i + 1 < folded.Length; i++)
        {
            if (folded[i] is '.' or '!' or '?' && folded[i + 1] is ' ' or '\n' && !char.IsDigit(folded[i - 1]))
            {
                _starts.Add(i + 2);
            }
            else if (folded[i] == '\n' && folded[i - 1] is not ('\n' or '.' or '!' or '?'))
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>Index of the sentence holding the position.</summary>
    public int IndexOf(int position)
    {
        var i = _starts.BinarySearch(position);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Start and end of the sentence holding the position.</summary>
    public (int Start, int End) Span(int position)
    {
        var index = IndexOf(position);
        return (_starts[index], index + 1 < _starts.Count ? _starts[index + 1] : _text.Length);
    }

    /// <summary>Whether the sentence holding the position talks about data (records, accounts, IDs, passwords…).</summary>
    public bool AboutData(int position)
    {
        var index = IndexOf(position);
        if (!_aboutData.TryGetValue(index, out var about))
        {
            var start = _starts[index];
            var end = index + 1 < _starts.Count ? _starts[index + 1] : _text.Length;
            about = DataWordRegex().IsMatch(_text.AsSpan(start, end - start));
            _aboutData[index] = about;
        }

        return about;
    }

    [GeneratedRegex(@"\b(?:data|akun|nik|npwp|identitas|password|passwords|kata sandi|records?|database|basis data|informasi pribadi|personal information|email|nomor telepon|accounts?|pelanggan|nasabah|pengguna|users?|customers?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DataWordRegex();
}
