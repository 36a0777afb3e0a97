namespace NewsBot.Companies;

/// <summary>A company one chat tracks with /lacak, beside the catalogue.</summary>
/// <param name="Slug">"lacak-" plus the folded name: never collides with a catalogue slug.</param>
public sealed record TrackedCompany(string Slug, string Name, IReadOnlyList<string> Aliases)
{
    public const string SlugPrefix = "lacak-";

    public static bool IsTrackedSlug(string slug) => slug.StartsWith(SlugPrefix, StringComparison.Ordinal);

    public Company ToCompany() => new(Slug, Name, Aliases, [], [], null, []);
}
