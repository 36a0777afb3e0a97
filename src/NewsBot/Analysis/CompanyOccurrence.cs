using NewsBot.Companies;
namespace NewsBot.Analysis;

/// <summary>One accepted occurrence of a company in folded text ([Start, End) in folded coordinates).</summary>
internal readonly record struct CompanyOccurrence(Company Company, string Surface, int Start, int End, bool ViaProduct);
