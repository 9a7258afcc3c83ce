namespace Ses.Wrapper;

/// <summary>A template as listed by <see cref="ISesService.ListTemplatesAsync"/>.</summary>
/// <param name="Name">The template's name.</param>
/// <param name="CreatedAt">When it was created, in UTC.</param>
public sealed record SesTemplateInfo(string Name, DateTimeOffset CreatedAt);
