using Microsoft.Extensions.Options;
using NewsBot.Companies;
using NewsBot.Delivery;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Chat.Discord;

/// <summary>
/// Answers slash commands, autocomplete and paging buttons within Discord's 3 s: a reply ready within
/// <see cref="DiscordOptions.QuickReplyBudget"/> goes out directly, anything slower (and always the
/// incident history) is deferred and then edited in.
/// </summary>
public sealed class DiscordInteractionHandler(
    DiscordRestClient rest,
    CommandRouter router,
    CompanyCatalog companies,
    DiscordGuildChannels guildChannels,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    private const string SlowCommand = "incidents";
    private const string SubscribeCommand = "subscribe";
    private const string ListCommand = "list";
    private const int MaxChoices = 25;

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            switch (interaction.Type)
            {
                case Interaction.AutocompleteType:
                    await AutocompleteAsync(interaction, cancellationToken);
                    break;
                case Interaction.ApplicationCommandType:
                    await CommandAsync(interaction, cancellationToken);
                    break;
                case Interaction.MessageComponentType:
                    await PageAsync(interaction, cancellationToken);
                    break;
            }
        }
        catch (Exception ex) when (ex is DiscordHttpException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Discord interaction {InteractionId} (type {Type}) failed: {Error}", interaction.Id, interaction.Type, ex.Message);
        }
    }

    private async Task AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var info = DiscordCommands.Find(interaction.Data?.Name);
        var typed = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true)?.ValueText.Trim() ?? "";

        // "/ikuti tokopedia, buka": complete the last name and keep the ones before it.
        var comma = typed.LastIndexOf(',');
        var before = comma < 0 ? "" : typed[..(comma + 1)] + " ";
        var prefix = typed[(comma + 1)..].Trim();
        var choices = new List<CommandChoice>();
        if (info is { ChangesSettings: true } && Texts.AllCompanies.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            choices.Add(new CommandChoice(Texts.AllCompaniesChoice, Texts.AllCompanies));
        }

        choices.AddRange(companies.Search(prefix, MaxChoices - choices.Count)
            .Select(c => new CommandChoice(DiscordMarkdown.Truncate(before + c.Name, 100), DiscordMarkdown.Truncate(before + c.Name, 100))));
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete(choices), cancellationToken);
    }

    private async Task CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var info = DiscordCommands.Find(interaction.Data?.Name);
        if (info is null)
        {
            var unknown = DiscordReplyRenderer.Render(Reply.Plain(Texts.UnknownCommand), ephemeral: true);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(unknown), cancellationToken);
            return;
        }

        if (info.EnglishName == SubscribeCommand && !DiscordPermissions.BotCanPost(interaction))
        {
            var refusal = DiscordReplyRenderer.Render(Reply.Plain(Texts.BotCannotPost), ephemeral: true);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(refusal), cancellationToken);
            return;
        }

        // The type option reads as a trailing type word: "tokopedia" + "kebocoran" is "/berhenti tokopedia kebocoran".
        var argument = string.Join(" ", (interaction.Data?.Options ?? []).OrderBy(o => o.Name == info.Types?.EnglishName).Select(o => o.ValueText.Trim()).Where(v => v.Length > 0));
        var command = ToCommand(interaction, info.Name, argument);
        if (info.ChangesSettings && command.CanManage && interaction.GuildId is { } guildId && interaction.ChannelId is { } channelId)
        {
            await guildChannels.RememberAsync(guildId, channelId, cancellationToken);
        }

        // Replies about this chat's settings (changes, refusals, the subscription list) are only for the asker.
        var ephemeral = info.ChangesSettings || info.EnglishName == ListCommand;
        await AnswerAsync(interaction, command, ephemeral, slow: info.EnglishName == SlowCommand, update: false, cancellationToken);
    }

    private async Task PageAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (DiscordReplyRenderer.ParsePageId(interaction.Data?.CustomId) is not { } page)
        {
            return;
        }

        var command = ToCommand(interaction, page.Command, page.Argument) with { Page = page.Number };
        await AnswerAsync(interaction, command, ephemeral: false, slow: true, update: true, cancellationToken);
    }

    private async Task AnswerAsync(Interaction interaction, ChatCommand command, bool ephemeral, bool slow, bool update, CancellationToken cancellationToken)
    {
        var work = RouteAsync(command, cancellationToken);
        if (!slow && await Task.WhenAny(work, Task.Delay(options.Value.QuickReplyBudget, time, cancellationToken)) == work)
        {
            var message = DiscordReplyRenderer.Render(await work, ephemeral);
            var response = update ? InteractionResponse.Update(message) : InteractionResponse.Message(message);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
            return;
        }

        var defer = update ? new InteractionResponse(InteractionResponse.DeferredUpdateMessage) : InteractionResponse.Defer(ephemeral);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, defer, cancellationToken);
        var reply = await work;
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, DiscordReplyRenderer.Render(reply, ephemeral), cancellationToken);
    }

    private async Task<Reply> RouteAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await router.HandleAsync(command, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Command {Command} failed in Discord channel {Channel}", command.Name, command.Chat.ExternalId);
            return Reply.Plain(Texts.CommandFailed);
        }
    }

    private static ChatCommand ToCommand(Interaction interaction, string name, string argument)
    {
        var inGuild = interaction.GuildId is not null;
        var chat = new ChatAddress(DiscordPlatform.PlatformName, interaction.ChannelId ?? interaction.Channel?.Id ?? "", inGuild ? ChatKind.Group : ChatKind.Private);
        var userId = interaction.Member?.User?.Id ?? interaction.User?.Id ?? "";
        return new ChatCommand(chat, interaction.Channel?.Name, userId, DiscordPermissions.CanManage(interaction), name, argument);
    }
}
