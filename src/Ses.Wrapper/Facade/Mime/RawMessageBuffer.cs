using System.Buffers;
using MimeKit;
using MimeKit.IO;

namespace Ses.Wrapper;

/// <summary>
/// A MIME message written into one pooled array of exactly its size: measured first (which also checks SES's size limit
/// before anything large is allocated), then written. Dispose returns the array to the pool.
/// </summary>
internal sealed class RawMessageBuffer : IDisposable
{
    private byte[]? array;

    private RawMessageBuffer(byte[] array, int length)
    {
        this.array = array;
        Length = length;
        Stream = new MemoryStream(array, 0, length, writable: false, publiclyVisible: true);
    }

    /// <summary>The message, readable; valid until disposed.</summary>
    public MemoryStream Stream { get; }

    /// <summary>The message's size in bytes.</summary>
    public int Length { get; }

    /// <summary>Writes <paramref name="message"/> for SES.</summary>
    /// <exception cref="SesMessageTooLargeException">The message's base64 is larger than <paramref name="limit"/>.</exception>
    public static async Task<RawMessageBuffer> WriteAsync(MimeMessage message, long limit, string paramName, CancellationToken cancellationToken)
    {
        long size;
        using (var measure = new MeasuringStream())
        {
            await message.WriteToAsync(SesMime.Format, measure, cancellationToken).ConfigureAwait(false);
            size = measure.Length;
        }

        if (SesMessageTooLargeException.Base64Length(size) > limit || size > Array.MaxLength)
        {
            throw new SesMessageTooLargeException(size, limit, paramName);
        }

        var length = (int)size;
        var array = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            using (var target = new MemoryStream(array, 0, length, writable: true))
            {
                await message.WriteToAsync(SesMime.Format, target, cancellationToken).ConfigureAwait(false);
                if (target.Position != length)
                {
                    throw new InvalidOperationException("The message changed while it was being written.");
                }
            }

            return new RawMessageBuffer(array, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        var rented = Interlocked.Exchange(ref array, null);
        if (rented is not null)
        {
            Stream.Dispose();
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
