using NewsBot.Analysis;

namespace NewsBot.Tests.Analysis;

/// <summary>One labelled article of the development set.</summary>
internal sealed record DevItem(
    string Id,
    string Source,
    ArticleInput Input,
    IReadOnlyList<string> Subjects,
    bool Relevant,
    IncidentType Type,
    string? Incident,
    long? Records,
    IReadOnlyList<string>? DataTypes);
