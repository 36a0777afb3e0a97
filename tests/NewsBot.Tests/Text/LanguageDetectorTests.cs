using NewsBot.Tests.Summaries;
using NewsBot.Text;
using Xunit.Abstractions;

namespace NewsBot.Tests.Text;

public sealed class LanguageDetectorTests(ITestOutputHelper output)
{
    [SharedDataTheory("seeds")]
    [InlineData("000")]
    [InlineData("004")]
    public void Detect_Seed_ReturnsIndonesian(string seed)
    {
        var text = File.ReadAllText(SharedFolder.Seed(seed));

        var language = LanguageDetector.Detect(text);

        Assert.Equal("id", language);
    }

    [SharedDataFact("corpora/indosum")]
    public void Detect_IndoSumArticles_ReturnsIndonesianForAlmostAll()
    {
        var articles = IndoSumArticle.LoadTuneSet();

        var misses = articles.Where(a => LanguageDetector.Detect(string.Join(' ', a.Sentences)) != "id").ToList();

        output.WriteLine($"IndoSum: {articles.Count - misses.Count}/{articles.Count} detected as id");
        foreach (var miss in misses.Take(5))
        {
            output.WriteLine($"{miss.Id}: {LanguageDetector.Detect(string.Join(' ', miss.Sentences))}");
        }

        Assert.True(misses.Count <= articles.Count / 200, $"{misses.Count} IndoSum articles not detected as Indonesian");
    }

    // Samples written for this test (not copied from any outlet).
    [Theory]
    [InlineData("A ransomware gang has claimed an attack on a large Indonesian bank and says it stole the data of millions of customers. The bank said it was investigating the claim and that its services were running normally.")]
    [InlineData("Hackers are selling what they say is a database of 15 million user records on a criminal forum. The company has not confirmed the breach, but security researchers who checked a sample said the data appeared to be genuine.")]
    [InlineData("Telecom provider denies leak of customer browsing history")]
    [InlineData("The ministry said on Tuesday that it would audit the national data center after the attack, which disrupted immigration services for several days.")]
    public void Detect_EnglishSample_ReturnsEnglish(string text)
    {
        var language = LanguageDetector.Detect(text);

        Assert.Equal("en", language);
    }

    [Theory]
    [InlineData("Perusahaan itu membantah bahwa data pelanggan telah bocor dan menyatakan sistemnya aman.")]
    [InlineData("Data jutaan pengguna diduga bocor")]
    public void Detect_IndonesianSample_ReturnsIndonesian(string text)
    {
        var language = LanguageDetector.Detect(text);

        Assert.Equal("id", language);
    }

    [Theory]
    [InlineData("La empresa dijo que los datos de los clientes no fueron robados y que la investigación continúa con la policía.")]
    [InlineData("Das Unternehmen teilte mit, dass die Daten der Kunden nicht gestohlen wurden und die Ermittlungen mit der Polizei weiterlaufen.")]
    [InlineData("L'entreprise a déclaré que les données des clients n'ont pas été volées et que l'enquête se poursuit avec la police.")]
    [InlineData("Het bedrijf zei dat de gegevens van de klanten niet zijn gestolen en dat het onderzoek met de politie doorgaat.")]
    [InlineData("公司表示客户数据没有被盗，调查仍在继续。")]
    [InlineData("")]
    public void Detect_OtherLanguage_ReturnsOther(string text)
    {
        var language = LanguageDetector.Detect(text);

        Assert.Equal("other", language);
    }
}
