using System.Globalization;
using Amazon.Runtime.Internal;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Writes request members as SES Query parameters: dotted structures and 1-based <c>.member.N</c> lists.</summary>
internal readonly struct QueryWriter(IRequest request)
{
    /// <summary>Adds a parameter when <paramref name="value"/> is not null.</summary>
    public void Add(string name, string? value)
    {
        if (value is not null)
        {
            request.Parameters[name] = value;
        }
    }

    /// <summary>Adds an integer parameter when it has a value.</summary>
    public void Add(string name, int? value)
    {
        if (value is { } number)
        {
            request.Parameters[name] = number.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Adds <c>name.member.1</c>, <c>name.member.2</c>… for each value.</summary>
    public void AddList(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        var index = 1;
        foreach (var value in values)
        {
            request.Parameters[Member(name, index++)] = value;
        }
    }

    /// <summary>Adds <c>name.Data</c> and <c>name.Charset</c> of a content structure.</summary>
    public void AddContent(string name, Content? content)
    {
        if (content is null)
        {
            return;
        }

        Add(name + ".Data", content.Data);
        Add(name + ".Charset", content.Charset);
    }

    /// <summary>Adds <c>name.member.N.Name</c> and <c>name.member.N.Value</c> for each tag.</summary>
    public void AddTags(string name, IEnumerable<MessageTag>? tags)
    {
        if (tags is null)
        {
            return;
        }

        var index = 1;
        foreach (var tag in tags)
        {
            var prefix = Member(name, index++);
            Add(prefix + ".Name", tag.Name);
            Add(prefix + ".Value", tag.Value);
        }
    }

    /// <summary>Adds the To, Cc and Bcc lists of a destination structure under <c>name.ToAddresses</c> and so on.</summary>
    public void AddDestination(string name, Destination? destination)
    {
        if (destination is null)
        {
            return;
        }

        AddList(name + ".ToAddresses", destination.ToAddresses);
        AddList(name + ".CcAddresses", destination.CcAddresses);
        AddList(name + ".BccAddresses", destination.BccAddresses);
    }

    /// <summary>The name of the 1-based <paramref name="index"/>th member of the list <paramref name="name"/>: <c>name.member.N</c>.</summary>
    public static string Member(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}.member.{index}");
}
