namespace NewsBot.Telegram.Requests;

public static class ParseModes
{
    public const string Html = "HTML";
}
