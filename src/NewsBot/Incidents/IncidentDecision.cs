namespace NewsBot.Incidents;

/// <summary>What an article does to the incidents: nothing, opens one, joins one quietly, or brings new facts to one.</summary>
public enum DecisionKind
{
    None,
    NewIncident,
    Joins,
    FollowUp,
}

/// <summary>
/// The decision for one article. <see cref="IncidentId"/> is a stored incident's id, or a negative provisional id
/// (-1, -2, …) for an incident opened earlier in the same batch. <see cref="Changes"/> names what a follow-up adds.
/// </summary>
public sealed record IncidentDecision(DecisionKind Kind, long IncidentId, IReadOnlyList<FactChange> Changes)
{
    public static readonly IncidentDecision None = new(DecisionKind.None, 0, []);

    /// <summary>True when the decision sends something to chats (a new incident or a follow-up).</summary>
    public bool Alerts => Kind is DecisionKind.NewIncident or DecisionKind.FollowUp;
}

/// <summary>A new fact that makes a follow-up worth sending.</summary>
public sealed record FactChange(FactChangeKind Kind, long? From = null, long? To = null, string? Detail = null);

public enum FactChangeKind
{
    Confirmed,
    Denied,
    MoreRecords,
    RegulatorActs,
    SuspectArrested,
}
