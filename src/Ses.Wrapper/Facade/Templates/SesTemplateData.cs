using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Ses.Wrapper;

/// <summary>
/// Makes SES template data (a JSON object) from .NET values with System.Text.Json. Prefer the overload taking a
/// <see cref="JsonTypeInfo{T}"/> from a source-generated <c>JsonSerializerContext</c>: it is trim- and AOT-safe.
/// </summary>
public static class SesTemplateData
{
    /// <summary>Serializes <paramref name="data"/> with source-generated metadata (trim- and AOT-safe).</summary>
    /// <typeparam name="T">The type of the data.</typeparam>
    /// <param name="data">The data; it must serialize to a JSON object.</param>
    /// <param name="typeInfo">The metadata, for example <c>MyJsonContext.Default.Welcome</c>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The data does not serialize to a JSON object.</exception>
    public static string From<T>(T data, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return RequireObject(JsonSerializer.Serialize(data, typeInfo), nameof(data));
    }

    /// <summary>Serializes a JSON object node.</summary>
    /// <param name="data">The object.</param>
    /// <returns>The JSON text.</returns>
    public static string From(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.ToJsonString();
    }

    /// <summary>Serializes any object by reflection. Not trim- or AOT-safe: use the <see cref="JsonTypeInfo{T}"/> overload there.</summary>
    /// <typeparam name="T">The type of the data.</typeparam>
    /// <param name="data">The data, for example an anonymous object <c>new { name = "Jane" }</c>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The data does not serialize to a JSON object.</exception>
    [RequiresUnreferencedCode("Serializes by reflection; use From<T>(T, JsonTypeInfo<T>) with a JsonSerializerContext for trimmed apps.")]
    [RequiresDynamicCode("Serializes by reflection; use From<T>(T, JsonTypeInfo<T>) with a JsonSerializerContext for Native AOT.")]
    public static string From<T>(T data) => RequireObject(JsonSerializer.Serialize(data), nameof(data));

    /// <summary>Checks that <paramref name="json"/> is one JSON object, as SES requires of template data.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    internal static string RequireObject(string? json, string field)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ArgumentException($"{field} is empty; template data must be a JSON object such as {{}}.", field);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"{field} is JSON {document.RootElement.ValueKind}, not an object; template data must be a JSON object.", field);
            }
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{field} is not valid JSON: {ex.Message}", field, ex);
        }

        return json;
    }
}
