using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ses.Wrapper.Cli.Output;

/// <summary>One identity as <c>ses identities</c> prints it (<c>--json</c>: the fields of <see cref="SesIdentity"/>, enums by name).</summary>
/// <param name="Identity">The address or domain.</param>
/// <param name="Type"><c>EmailAddress</c> or <c>Domain</c>.</param>
/// <param name="Status">The verification status: <c>Success</c>, <c>Pending</c>, <c>Failed</c>, ...</param>
internal sealed record IdentityView(string Identity, string Type, string Status)
{
    /// <summary>Describes an identity.</summary>
    public static IdentityView From(SesIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new IdentityView(identity.Identity, identity.Type.ToString(), identity.Status.ToString());
    }

    /// <summary>The table of identities: identity, type (<c>email</c> or <c>domain</c>), status.</summary>
    public static IRenderable Table(IEnumerable<SesIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Identity"));
        table.AddColumn(new TableColumn("Type").NoWrap());
        table.AddColumn(new TableColumn("Status").NoWrap());
        foreach (var identity in identities)
        {
            table.AddRow(
                new Text(identity.Identity),
                new Text(identity.Type == SesIdentityType.Domain ? "domain" : "email"),
                new Markup(StatusMarkup(identity.Status)));
        }

        return table;
    }

    private static string StatusMarkup(SesVerificationStatus status) => status switch
    {
        SesVerificationStatus.Success => "[green]Success[/]",
        SesVerificationStatus.Pending => "[yellow]Pending[/]",
        SesVerificationStatus.Failed or SesVerificationStatus.TemporaryFailure => $"[red]{status}[/]",
        _ => status.ToString(),
    };
}
