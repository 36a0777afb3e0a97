namespace NewsBot.Telegram.Models;

/// <param name="Command">1–32 characters, lower case a–z, 0–9 and underscore.</param>
/// <param name="Description">1–256 characters.</param>
public sealed record BotCommand(string Command, string Description);
