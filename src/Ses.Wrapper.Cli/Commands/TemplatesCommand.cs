using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses templates list|get|put|delete</c>: the account's email templates.</summary>
internal static class TemplatesCommand
{
    /// <summary>The SES error code of CreateTemplate for a name that is taken.</summary>
    public const string AlreadyExists = "AlreadyExists";

    /// <summary>Creates the command and its subcommands.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("templates", "Manage email templates: list, show, create or update (put), delete. Send with 'ses send-templated'.");
        command.Subcommands.Add(List(runner, examples));
        command.Subcommands.Add(Get(runner, examples));
        command.Subcommands.Add(Put(runner, examples));
        command.Subcommands.Add(Delete(runner, examples));
        examples.Add(
            command,
            "ses templates list",
            "ses templates get WelcomeEmail",
            "ses templates put WelcomeEmail --subject \"Welcome, {{name}}!\" --text-file welcome.txt --html-file welcome.html",
            "ses templates delete WelcomeEmail");
        return command;
    }

    private static Command List(CommandRunner runner, HelpExamples examples)
    {
        var command = new Command("list", "List the templates (every page), with their creation times in UTC.");
        examples.Add(command, "ses templates list", "ses templates list --json | jq -r '.[].Name'");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (context, token) =>
            {
                var templates = await context.Ses.ListTemplatesAsync(token).ConfigureAwait(false);
                if (context.Json)
                {
                    context.Output.WriteJson(templates, CliOutput.Json.IReadOnlyListSesTemplateInfo);
                }
                else if (templates.Count == 0)
                {
                    context.Output.Note("No templates.");
                }
                else
                {
                    context.Output.Render(TemplateView.Table(templates));
                }

                return ExitCodes.Success;
            },
            ct));
        return command;
    }

    private static Command Get(CommandRunner runner, HelpExamples examples)
    {
        var name = NameArgument();
        var command = new Command("get", "Show a template: its subject and bodies.");
        command.Arguments.Add(name);
        examples.Add(command, "ses templates get WelcomeEmail", "ses templates get WelcomeEmail --json | jq -r .HtmlBody > welcome.html");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (context, token) =>
            {
                var template = await context.Ses.GetTemplateAsync(parseResult.GetRequiredValue(name), token).ConfigureAwait(false);
                if (context.Json)
                {
                    context.Output.WriteJson(template, CliOutput.Json.SesTemplate);
                }
                else
                {
                    foreach (var line in TemplateView.Lines(template))
                    {
                        context.Output.WriteLine(line);
                    }
                }

                return ExitCodes.Success;
            },
            ct));
        return command;
    }

    private static Command Put(CommandRunner runner, HelpExamples examples)
    {
        var name = NameArgument();
        var subject = new Option<string>("--subject", "-s") { Description = "The subject line; may hold {{placeholders}}.", HelpName = "subject", Required = true };
        var textFile = new Option<string?>("--text-file") { Description = "The text body, from this UTF-8 file.", HelpName = "file" };
        var htmlFile = new Option<string?>("--html-file") { Description = "The HTML body, from this UTF-8 file.", HelpName = "file" };
        var command = new Command("put", "Create a template, or replace it when one of that name exists. Give --text-file, --html-file or both.");
        command.Arguments.Add(name);
        command.Options.Add(subject);
        command.Options.Add(textFile);
        command.Options.Add(htmlFile);
        examples.Add(
            command,
            "ses templates put WelcomeEmail --subject \"Welcome, {{name}}!\" --text-file welcome.txt --html-file welcome.html",
            "ses templates put PasswordReset -s \"Reset your password\" --text-file reset.txt --json");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (_, token) =>
            {
                var text = parseResult.GetValue(textFile);
                var html = parseResult.GetValue(htmlFile);
                if (text is null && html is null)
                {
                    throw new CliUsageException("the template has no body: give --text-file, --html-file or both.");
                }

                return new SesTemplate
                {
                    Name = parseResult.GetRequiredValue(name),
                    Subject = parseResult.GetRequiredValue(subject),
                    TextBody = text is null ? null : await CliFiles.ReadTextAsync("--text-file", text, token).ConfigureAwait(false),
                    HtmlBody = html is null ? null : await CliFiles.ReadTextAsync("--html-file", html, token).ConfigureAwait(false),
                };
            },
            async (context, template, token) =>
            {
                TemplateOutcome outcome;
                try
                {
                    outcome = new TemplateOutcome(template.Name!, "Created", await context.Ses.CreateTemplateAsync(template, token).ConfigureAwait(false));
                }
                catch (SesException ex) when (ex.Code == AlreadyExists)
                {
                    outcome = new TemplateOutcome(template.Name!, "Updated", await context.Ses.UpdateTemplateAsync(template, token).ConfigureAwait(false));
                }

                return Print(context, outcome);
            },
            ct));
        return command;
    }

    private static Command Delete(CommandRunner runner, HelpExamples examples)
    {
        var name = NameArgument();
        var command = new Command("delete", "Delete a template.");
        command.Arguments.Add(name);
        examples.Add(command, "ses templates delete WelcomeEmail");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (context, token) =>
            {
                var templateName = parseResult.GetRequiredValue(name);
                var requestId = await context.Ses.DeleteTemplateAsync(templateName, token).ConfigureAwait(false);
                return Print(context, new TemplateOutcome(templateName, "Deleted", requestId));
            },
            ct));
        return command;
    }

    private static int Print(CommandContext context, TemplateOutcome outcome)
    {
        if (context.Json)
        {
            context.Output.WriteJson(outcome, CliOutput.Json.TemplateOutcome);
        }
        else
        {
            context.Output.WriteLine($"template {outcome.Name}: {outcome.Action.ToLowerInvariant()} (RequestId {outcome.RequestId})");
        }

        return ExitCodes.Success;
    }

    private static Argument<string> NameArgument() => new("name") { Description = "The template's name: 1 to 64 letters, digits, '_' or '-'.", HelpName = "name" };
}
