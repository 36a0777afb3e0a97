using NewsBot.Companies;

namespace NewsBot.Analysis;

/// <summary>One entry of the single automaton the analyser runs over an article: a company form, a cue, a veto, a fact word.</summary>
internal sealed record Phrase(PhraseKind Kind, string Form)
{
    public Company? Company { get; init; }

    public Cue? Cue { get; init; }

    /// <summary>Data-type label ("NIK") or actor name ("Bjorka").</summary>
    public string? Label { get; init; }

    public IncidentStatus Status { get; init; }
}
