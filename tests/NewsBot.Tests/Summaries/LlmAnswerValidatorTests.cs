using NewsBot.Summaries;

namespace NewsBot.Tests.Summaries;

public sealed class LlmAnswerValidatorTests
{
    private const string Article = "Data 1,2 juta pelanggan Toko Contoh bocor pada 2025 dan dijual seharga US$5.000 di forum peretas.";

    [Theory]
    [InlineData("Data 1,2 juta pelanggan Toko Contoh diduga bocor dan dijual di forum peretas pada 2025.")]
    [InlineData("Data 1.2 juta pelanggan Toko Contoh diduga bocor dan dijual seharga US$5,000 di forum peretas.")]
    public void Check_GroundedIndonesianAnswer_IsAccepted(string answer)
    {
        var rejection = LlmAnswerValidator.Check(answer, Article, new SummaryOptions());

        Assert.Null(rejection);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Data bocor.", "length 11")]
    [InlineData("- Data 1,2 juta pelanggan bocor\n- Data dijual di forum peretas oleh penjual", "list or markup")]
    [InlineData("Data of 1.2 million customers of Toko Contoh was leaked and sold on a hacking forum.", "not Indonesian")]
    [InlineData("Data 1,2 juta pelanggan Toko Contoh diduga bocor dan dijual di forum peretas pada 2024.", "number 2024 not in the article")]
    public void Check_BadAnswer_IsRejectedWithReason(string answer, string reason)
    {
        var rejection = LlmAnswerValidator.Check(answer, Article, new SummaryOptions());

        Assert.Equal(reason, rejection);
    }

    [Fact]
    public void Check_AnswerLongerThanLimit_IsRejected()
    {
        var answer = string.Concat(Enumerable.Repeat("Data pelanggan itu diduga bocor di forum. ", 15));

        var rejection = LlmAnswerValidator.Check(answer, Article, new SummaryOptions());

        Assert.StartsWith("length", rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ringkasan: Data pelanggan bocor.", "Data pelanggan bocor.")]
    [InlineData("**Ringkasan:**\nData pelanggan bocor.", "Data pelanggan bocor.")]
    [InlineData("\"Data pelanggan bocor.\"", "Data pelanggan bocor.")]
    [InlineData("Data pelanggan\nbocor.", "Data pelanggan bocor.")]
    public void Normalize_ChatModelDecoration_IsRemoved(string answer, string expected)
    {
        var normalized = LlmAnswerValidator.Normalize(answer);

        Assert.Equal(expected, normalized);
    }
}
