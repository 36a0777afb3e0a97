using System.Text.RegularExpressions;
using NewsBot.Chat;
using NewsBot.Chat.Discord;

namespace NewsBot.Tests.Discord;

public sealed partial class DiscordCommandsTests
{
    [Fact]
    public void Build_Global_EveryCatalogCommandWithEnglishDefaultAndIndonesianLocalization()
    {
        var commands = DiscordCommands.Build(global: true);

        Assert.Equal(CommandCatalog.All.Select(c => c.EnglishName), commands.Select(c => c.Name));
        Assert.All(CommandCatalog.All.Zip(commands), pair =>
        {
            var (info, command) = pair;
            Assert.Equal(info.EnglishDescription, command.Description);
            Assert.Equal(info.Description, command.DescriptionLocalizations!["id"]);
            if (info.Name != info.EnglishName)
            {
                Assert.Equal(info.Name, command.NameLocalizations!["id"]);
            }
        });
    }

    [Fact]
    public void Build_AllNamesAndDescriptions_FollowDiscordRules()
    {
        var commands = DiscordCommands.Build(global: true);

        var names = commands.SelectMany(c => new[] { c.Name }.Concat(c.NameLocalizations?.Values ?? []).Concat(c.Options?.SelectMany(o => new[] { o.Name }.Concat(o.NameLocalizations?.Values ?? [])) ?? []));
        Assert.All(names, n => Assert.Matches(NamePattern(), n));
        var descriptions = commands.SelectMany(c => new[] { c.Description }.Concat(c.DescriptionLocalizations?.Values ?? []).Concat(c.Options?.SelectMany(o => new[] { o.Description }.Concat(o.DescriptionLocalizations?.Values ?? [])) ?? []));
        Assert.All(descriptions, d => Assert.InRange(d.Length, 1, 100));
    }

    [Fact]
    public void Build_SettingCommands_NeedManageServerInServersAndAutocompleteCompanies()
    {
        var commands = DiscordCommands.Build(global: true);

        var subscribe = commands.Single(c => c.Name == "subscribe");
        Assert.Equal("32", subscribe.DefaultMemberPermissions);
        Assert.Equal([0], subscribe.Contexts);
        var option = subscribe.Options![0];
        Assert.True(option.Autocomplete);
        Assert.True(option.Required);
        Assert.Equal("perusahaan", option.NameLocalizations!["id"]);
        Assert.Null(commands.Single(c => c.Name == "list").DefaultMemberPermissions);
        Assert.All(DiscordCommands.Build(global: false), c => Assert.Null(c.Contexts));
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    public void Build_SubscriptionCommands_OptionalTypeOptionWithIndonesianChoices(string name)
    {
        var command = DiscordCommands.Build(global: true).Single(c => c.Name == name);

        var type = command.Options![1];
        Assert.Equal("jenis", type.NameLocalizations!["id"]);
        Assert.False(type.Required);
        Assert.False(type.Autocomplete);
        Assert.Equal(["kebocoran", "peretasan", "ransomware", "pengumpulan data", "kebijakan privasi", "regulasi", "pengawasan"], type.Choices!.Select(c => c.Value));
    }

    [Fact]
    public void Build_EveryOption_AutocompleteOrChoicesOrFreeText()
    {
        var options = DiscordCommands.Build(global: true).SelectMany(c => c.Options ?? []).ToList();

        Assert.All(options, o => Assert.False(o.Autocomplete == true && o.Choices is not null, $"{o.Name}: Discord refuses autocomplete with choices"));
        Assert.All(options, o => Assert.Equal("id", Assert.Single(o.DescriptionLocalizations!).Key));
        Assert.Contains(options, o => o.Name == "zone" && o.Choices!.Count == 3);
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
