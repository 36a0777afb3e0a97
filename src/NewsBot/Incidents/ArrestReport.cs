using System.Text.RegularExpressions;

namespace NewsBot.Incidents;

/// <summary>
/// Whether a title or lead reports that a suspect was arrested ("polisi menangkap pelaku", "hacker arrested"): a new
/// fact for a follow-up. Read from the title and lead only, the same text the incident keeps for each report, so a
/// stored incident knows the arrest was already told.
/// </summary>
public static partial class ArrestReport
{
    public static bool Mentions(string titleAndLead)
    {
        ArgumentNullException.ThrowIfNull(titleAndLead);
        foreach (Match match in Cue().Matches(titleAndLead))
        {
            var before = titleAndLead[Math.Max(0, match.Index - 30)..match.Index];
            if (!Negation().IsMatch(before))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(ditangkap|menangkap|penangkapan|diringkus|meringkus|dibekuk|membekuk|arrested|arrests?|detained)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    // "polisi belum menangkap pelaku", "no one has been arrested": not an arrest.
    [GeneratedRegex(@"\b(belum|tidak|tak|bukan|no one|not|yet to|nobody)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
