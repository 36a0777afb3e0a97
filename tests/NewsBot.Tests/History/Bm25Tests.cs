using NewsBot.History;

namespace NewsBot.Tests.History;

public sealed class Bm25Tests
{
    [Fact]
    public void Score_CaseDiacriticsAndPunctuation_CountedAsTheTokenizerCutsWords()
    {
        string[][] documents = [["Kebocoran DATA, data-data bocor", "Déjà vu: data"], ["Tidak ada kata itu", ""]];
        string[] words = ["data", "deja"];

        var scores = Bm25.Score(documents, words, [1.0, 2.0], [1.0, 1.0]);

        // Document 1: "data" 4 times, "deja" once, 8 tokens; document 2: 4 tokens; average length 6.
        var norm = 1.2 * (1 - 0.75 + (0.75 * 8 / 6.0));
        var expected = (1.0 * 4 * 2.2 / (4 + norm)) + (2.0 * 1 * 2.2 / (1 + norm));
        Assert.Equal(expected, scores[0], 9);
        Assert.Equal(0, scores[1]);
        Assert.Equal(["deja", "vu", "data"], Bm25.Tokens("Déjà vu: data"));
    }

    [Fact]
    public void Score_TitleWeighsMore_TitleHitRanksFirst()
    {
        string[][] documents = [["peretas", "berita lain"], ["berita lain", "peretas"]];

        var scores = Bm25.Score(documents, ["peretas"], [1.0], [4.0, 1.0]);

        Assert.True(scores[0] > scores[1]);
    }

    [Fact]
    public void Score_TokenLongerThanAnyWord_CountsForLengthOnly()
    {
        var longWord = new string('a', 100);
        string[][] documents = [[$"{longWord} data"], ["data"]];

        var scores = Bm25.Score(documents, ["data", longWord[..40]], [1.0, 1.0], [1.0]);

        Assert.True(scores[1] > scores[0]);
        Assert.True(scores[0] > 0);
    }
}
