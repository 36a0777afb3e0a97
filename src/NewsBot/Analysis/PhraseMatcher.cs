namespace NewsBot.Analysis;

/// <summary>
/// Aho–Corasick automaton over folded phrases: one pass over the text finds every whole-word occurrence of every
/// phrase, whatever the number of phrases. A phrase may be followed by the Indonesian possessive "nya"
/// ("Tokopedianya"); "-nya" needs nothing special because '-' is already a word boundary.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _fail = [0];
    private readonly List<int> _outputLink = [0];
    private readonly List<List<int>?> _outputs = [null];
    private readonly List<(T Value, int Length)> _phrases = [];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var folded = FoldedText.FoldPattern(phrase);
            if (folded.Length == 0)
            {
                continue;
            }

            Add(folded, value);
        }

        BuildFailureLinks();
    }

    public int PhraseCount => _phrases.Count;

    public List<PhraseHit<T>> FindAll(FoldedText text)
    {
        var hits = new List<PhraseHit<T>>();
        var s = text.Text;
        var state = 0;
        for (var i = 0; i < s.Length; i++)
        {
            state = Step(state, s[i]);
            var node = _outputs[state] is null ? _outputLink[state] : state;
            while (node != 0)
            {
                foreach (var id in _outputs[node]!)
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

    private static long Key(int state, char c) => ((long)state << 16) | c;

    private int Step(int state, char c)
    {
        while (true)
        {
            if (_next.TryGetValue(Key(state, c), out var target))
            {
                return target;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fail[state];
        }
    }

    private void Add(string folded, T value)
    {
        var state = 0;
        foreach (var c in folded)
        {
            if (!_next.TryGetValue(Key(state, c), out var target))
            {
                target = _fail.Count;
                _fail.Add(0);
                _outputLink.Add(0);
                _outputs.Add(null);
                _next[Key(state, c)] = target;
            }

            state = target;
        }

        (_outputs[state] ??= []).Add(_phrases.Count);
        _phrases.Add((value, folded.Length));
    }

    private void BuildFailureLinks()
    {
        var children = new List<(int Parent, char C, int Child)>[_fail.Count];
        foreach (var (key, child) in _next)
        {
            var parent = (int)(key >> 16);
            (children[parent] ??= []).Add((parent, (char)(key & 0xFFFF), child));
        }

        var queue = new Queue<int>();
        foreach (var (_, _, child) in children[0] ?? [])
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (_, c, child) in children[node] ?? [])
            {
                var f = _fail[node];
                while (f != 0 && !_next.ContainsKey(Key(f, c)))
                {
                    f = _fail[f];
                }

                var target = _next.TryGetValue(Key(f, c), out var t) && t != child ? t : 0;
                _fail[child] = target;
                _outputLink[child] = _outputs[target] is not null ? target : _outputLink[target];
                queue.Enqueue(child);
            }
        }
    }
}
