namespace NewsBot.Analysis;

public enum IncidentType
{
    Other,
    DataLeak,
    Hacking,
    Ransomware,
    DataCollection,
    PolicyChange,
    RegulatoryAction,
    Surveillance,
}

public enum IncidentStatus
{
    Unknown,
    Alleged,
    Confirmed,
    Denied,
}
