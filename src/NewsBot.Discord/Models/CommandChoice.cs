namespace NewsBot.Discord.Models;

public sealed record CommandChoice(string Name, string Value);
