using System.Net.Http.Json;
using System.Text.Json;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>Reads a ProblemDetails answer as JSON.</summary>
public static class Problem
{
    /// <summary>The body of <paramref name="response"/> as a JSON element.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The field names of the <c>errors</c> member of a validation problem.</summary>
    public static IReadOnlyList<string> ErrorFields(JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToList() : [];
}
