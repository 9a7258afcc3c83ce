using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>
/// Reads SES answers with a hardened XML reader: no DTDs (so no external entities and no entity expansion), no
/// resolver, and a cap on the document's size.
/// </summary>
internal static class SesXml
{
    /// <summary>The largest answer read, in characters: SES answers are a few kilobytes.</summary>
    public const long MaxCharactersInDocument = 4 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersInDocument,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Loads the root element of an answer.</summary>
    /// <exception cref="XmlException">The answer is not well-formed, has a DTD, or is too large.</exception>
    public static XElement Load(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        return XElement.Load(reader, LoadOptions.None);
    }

    /// <summary>The first child element with the given local name, whatever its namespace.</summary>
    public static XElement? Child(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>The text of the first child element with the given local name, or null.</summary>
    public static string? ChildText(this XElement element, string localName) => element.Child(localName)?.Value;

    /// <summary>The texts of <c>name/member</c> elements.</summary>
    public static List<string> Members(this XElement element, string localName) =>
        element.Child(localName)?.Elements().Where(e => e.Name.LocalName == "member").Select(e => e.Value).ToList() ?? [];

    /// <summary>The <c>name/member</c> elements.</summary>
    public static IEnumerable<XElement> MemberElements(this XElement element, string localName) =>
        element.Child(localName)?.Elements().Where(e => e.Name.LocalName == "member") ?? [];

    /// <summary>A child's text as a boolean (<c>true</c> or <c>false</c>).</summary>
    public static bool? ChildBool(this XElement element, string localName) =>
        element.ChildText(localName) is { } text ? XmlConvert.ToBoolean(text) : null;

    /// <summary>A child's text as a double (SES sends quota numbers as <c>50000.0</c>).</summary>
    public static double? ChildDouble(this XElement element, string localName) =>
        element.ChildText(localName) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>A child's text as a 64-bit integer.</summary>
    public static long? ChildLong(this XElement element, string localName) =>
        element.ChildText(localName) is { } text ? long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>A child's ISO-8601 timestamp, in UTC.</summary>
    public static DateTime? ChildUtcDateTime(this XElement element, string localName) =>
        element.ChildText(localName) is { } text
            ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : null;
}
