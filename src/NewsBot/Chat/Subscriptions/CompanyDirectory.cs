using NewsBot.Analysis;
using NewsBot.Companies;

namespace NewsBot.Chat.Subscriptions;

/// <summary>Company names as one chat sees them: the catalogue plus the companies this chat tracks with /lacak.</summary>
public sealed class CompanyDirectory(CompanyCatalog catalog, TrackedCompanyStore tracked)
{
    public CompanyCatalog Catalog => catalog;

    /// <summary>Finds by slug, name or alias, the catalogue first.</summary>
    public async Task<Func<string, Company?>> FinderAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var own = await tracked.ForChatAsync(chat.Platform, chat.ExternalId, cancellationToken);
        return name => catalog.Find(name) ?? FindTracked(own, name);
    }

    /// <summary>Display name of a slug (catalogue or tracked).</summary>
    public async Task<Func<string, string>> NamerAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var own = await tracked.ForChatAsync(chat.Platform, chat.ExternalId, cancellationToken);
        return slug => catalog.Get(slug)?.Name ?? own.FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;
    }

    public IReadOnlyList<Company> Suggest(string name, int max) => CompanySuggestions.Closest(catalog.All, name, max);

    private static Company? FindTracked(IReadOnlyList<TrackedCompany> own, string name)
    {
        var folded = FoldedText.FoldPattern(name);
        return own.FirstOrDefault(t => t.Slug == name || new[] { t.Name }.Concat(t.Aliases).Any(a => FoldedText.FoldPattern(a) == folded))?.ToCompany();
    }
}
