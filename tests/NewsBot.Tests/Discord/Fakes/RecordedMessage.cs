using System.Text.Json;

namespace NewsBot.Tests.Discord.Fakes;

/// <summary>A message the fake accepted: channel messages, interaction replies and webhook edits/follow-ups.</summary>
public sealed record RecordedMessage(string Id, string Target, string Kind, JsonElement Body);
