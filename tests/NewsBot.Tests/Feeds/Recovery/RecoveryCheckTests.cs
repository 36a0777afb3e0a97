using NewsBot.Benchmarks.Feeds.Damage;

namespace NewsBot.Tests.Feeds.Recovery;

/// <summary>The "nothing invented" measure of the damaged-feed comparison: damaged versions pass, garbage and extras do not.</summary>
public sealed class RecoveryCheckTests
{
    private static readonly CheckedItem Original = new("urn:1", "Kebocoran data nasabah Bank Contoh", "https://contoh.id/berita/1", "2024-01-01T03:00:00Z");

    private static int Invented(bool truncated, params CheckedItem[] damaged) => RecoveryCheck.Pair(damaged, [Original], truncated).Invented.Count;

    [Fact]
    public void Pair_TitleCutShortWithRightLink_DamagedVersionNotInvented()
    {
        Assert.Equal(0, Invented(true, Original with { Title = "Kebocoran data nas", Id = null, Published = null }));
    }

    [Fact]
    public void Pair_TitleThatSwallowedTheMarkupAfterIt_Invented()
    {
        var swallowed = Original with { Title = Original.Title + " https://contoh.id/berita/1 2024-01-01 Isi berita lengkap di sini" };

        Assert.Equal(1, Invented(false, swallowed));
    }

    [Fact]
    public void Pair_FlippedByteAndShortInsertion_DamagedVersionNotInvented()
    {
        Assert.Equal(0, Invented(false, Original with { Title = "Kebocoran d\uFFFDta nasabah Bank Contoh" }));
        Assert.Equal(0, Invented(false, Original with { Title = "Kebocoran data <3 nasabah Bank Contoh" }));
        Assert.Equal(0, Invented(false, Original with { Link = "https:/\u00F9contoh.id/b\u2022rita/1" })); // two bytes flipped apart

    }

    [Fact]
    public void Pair_LinkCutShort_InventedOnlyWhereTheDocumentWasCut()
    {
        var cut = Original with { Link = "https://contoh.id/ber" };

        Assert.Equal(1, Invented(true, cut)); // the reader saw the document end inside the address
        Assert.Equal(0, Invented(false, cut)); // a flipped quote ended the address early: the damage, read as written
    }

    [Fact]
    public void Pair_SecondCopyOfTheOnlyItem_Invented()
    {
        Assert.Equal(1, Invented(false, Original, Original with { Title = "Kebocoran data" }));
    }

    [Fact]
    public void Pair_ItemWithNothingLeft_PairsOnlyWithAnOriginalItemNotYetPaired()
    {
        var shell = new CheckedItem(null, null, null, null);

        Assert.Equal(0, Invented(true, shell));
        Assert.Equal(1, Invented(true, Original, shell));
    }

    [Fact]
    public void Pair_ValuesTheOriginalItemDoesNotHave_Invented()
    {
        Assert.Equal(1, Invented(false, Original with { Link = "https://contoh.id/lain" }));
        Assert.Equal(1, Invented(false, Original with { Published = "2024-02-01T03:00:00Z" }));
        Assert.Equal(1, Invented(false, new CheckedItem(null, "Judul lain sama sekali", null, null)));
    }
}
