namespace NewsBot.Discord.Models;

public sealed record AutocompleteData(IReadOnlyList<CommandChoice> Choices);
