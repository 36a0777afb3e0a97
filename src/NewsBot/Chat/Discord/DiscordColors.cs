using NewsBot.Analysis;

namespace NewsBot.Chat.Discord;

/// <summary>Embed colour per incident type.</summary>
public static class DiscordColors
{
    public static int For(IncidentType type) => type switch
    {
        IncidentType.DataLeak => 0xE74C3C,
        IncidentType.Hacking => 0xE67E22,
        IncidentType.Ransomware => 0x992D22,
        IncidentType.DataCollection => 0x9B59B6,
        IncidentType.PolicyChange => 0x3498DB,
        IncidentType.RegulatoryAction => 0xF1C40F,
        IncidentType.Surveillance => 0x607D8B,
        _ => 0x95A5A6,
    };
}
