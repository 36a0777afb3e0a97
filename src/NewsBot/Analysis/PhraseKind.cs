namespace NewsBot.Analysis;

internal enum PhraseKind
{
    CompanyName,
    CompanyCaps,
    CompanyProduct,
    CompanyVeto,
    Cue,
    CueVeto,
    DataType,
    Actor,
    Regulator,
    Status,
}
