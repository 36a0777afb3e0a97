using NewsBot.Text;
namespace NewsBot.Analysis;

/// <summary>
/// Aho–Corasick automaton over folded phrases, compiled to a dense transition table over the phrases' own alphabet:
/// one pass over the text, one table lookup per character, whatever the number of phrases. Reports whole-word
/// occurrences only; a phrase may be followed by the Indonesian possessive "nya" ("Tokopedianya"); "-nya" needs
/// nothing special because '-' is already a word boundary.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private readonly int _classes;
    private readonly int[] _table;
    private readonly int[][] _outputs;
    private readonly int[] _outputLink;
    private readonly List<(T Value, int Length)> _phrases = [];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var trie = new List<Dictionary<char, int>> { new() };
        var terminal = new List<List<int>?> { null };
        foreach (var (phrase, value) in phrases)
        {
            var folded = FoldedText.FoldPattern(phrase);
            if (folded.Length == 0)
            {
                continue;
            }

            var state = 0;
            foreach (var c in folded)
            {
                if (!trie[state].TryGetValue(c, out var next))
                {
                    next = trie.Count;
                    trie.Add([]);
                    terminal.Add(null);
                    trie[state][c] = next;
                }

                state = next;
            }

            (terminal[state] ??= []).Add(_phrases.Count);
            _phrases.Add((value, folded.Length));
        }

        // Class 0 is every character that appears in no phrase: it always leads back to the root.
        var classes = 1;
        foreach (var c in trie.SelectMany(t => t.Keys).Distinct().Order())
        {
            _classOf[c] = (ushort)classes++;
        }

        _classes = classes;
        _table = new int[trie.Count * classes];
        _outputs = [.. terminal.Select(t => t?.ToArray() ?? [])];
        _outputLink = new int[trie.Count];
        Compile(trie);
    }

    public int PhraseCount => _phrases.Count;

    public List<PhraseHit<T>> FindAll(FoldedText text)
    {
        var hits = new List<PhraseHit<T>>();
        var s = text.Text;
        var state = 0;
        for (var i = 0; i < s.Length; i++)
        {
            state = _table[(state * _classes) + _classOf[s[i]]];
            var node = _outputs[state].Length > 0 ? state : _outputLink[state];
            while (node != 0)
            {
                foreach (var id in _outputs[node])
                {
                    var (value, length) = _phrases[id];
                    var start = i - length + 1;
                    if (IsWholeWord(s, start, i + 1))
                    {
                        hits.Add(new PhraseHit<T>(value, start, i + 1));
                    }
                }

                node = _outputLink[node];
            }
        }

        return hits;
    }

    private static bool IsWholeWord(string s, int start, int end)
    {
        if (start > 0 && FoldedText.IsWordChar(s[start - 1]) && FoldedText.IsWordChar(s[start]))
        {
            return false;
        }

        if (end >= s.Length || !FoldedText.IsWordChar(s[end - 1]) || !FoldedText.IsWordChar(s[end]))
        {
            return true;
        }

        // Possessive clitic written solid: "Tokopedianya", "datanya".
        return end + 3 <= s.Length
            && string.CompareOrdinal(s, end, "nya", 0, 3) == 0
            && (end + 3 == s.Length || !FoldedText.IsWordChar(s[end + 3]));
    }

    // Breadth-first: a state's failure state is complete before the state itself, so missing transitions copy it.
    private void Compile(List<Dictionary<char, int>> trie)
    {
        var fail = new int[trie.Count];
        var queue = new Queue<int>();
        foreach (var (c, child) in trie[0])
        {
            _table[_classOf[c]] = child;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var f = fail[state];
            _outputLink[state] = _outputs[f].Length > 0 ? f : _outputLink[f];
            var row = state * _classes;
            Array.Copy(_table, f * _classes, _table, row, _classes);
            foreach (var (c, child) in trie[state])
            {
                fail[child] = _table[(f * _classes) + _classOf[c]];
                _table[row + _classOf[c]] = child;
                queue.Enqueue(child);
            }
        }
    }
}
