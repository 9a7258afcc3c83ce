using System.Globalization;

namespace Ses.Wrapper.Cli.Credentials;

/// <summary>Warns, as ssh does for private keys, when a credentials file can be read by other users.</summary>
internal static class CredentialsFilePermissions
{
    private const UnixFileMode ReadableByOthers = UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Returns a warning when the file is readable by its group or by others; null otherwise or on Windows.</summary>
    /// <param name="path">The credentials file.</param>
    /// <returns>The warning text, or null.</returns>
    public static string? Check(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        UnixFileMode mode;
        try
        {
            mode = File.GetUnixFileMode(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if ((mode & ReadableByOthers) == 0)
        {
            return null;
        }

        var octal = Convert.ToString((int)mode & 0x1FF, 8).PadLeft(4, '0');
        var who = (mode & ReadableByOthers) == ReadableByOthers ? "its group and others" : (mode & UnixFileMode.GroupRead) != 0 ? "its group" : "others";
        return string.Format(CultureInfo.InvariantCulture, "credentials file '{0}' has mode {1}: it can be read by {2}; restrict it with: chmod 600 '{0}'", path, octal, who);
    }
}
