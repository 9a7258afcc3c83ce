using System.Buffers.Text;
using System.Text;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>
/// A form-encoded request body whose last parameter is a large binary value sent as base64:
/// <c>k1=v1&amp;k2=v2&amp;Name=</c> followed by the URL-encoded base64 of the data, produced block by block as the body is
/// read. SendRawEmail thus never holds the base64 text (a third larger than the message, twice that as a .NET string) nor
/// a form-encoded copy of it: the body costs a few kilobytes beyond the message itself.
/// </summary>
/// <remarks>
/// Seekable and of known length, as the SDK needs: it hashes the body for SigV4, rewinds it, sends it, and rewinds it
/// again for a retry. The data must not change while the stream is in use.
/// </remarks>
internal sealed class FormBodyWithBase64Stream : Stream
{
    /// <summary>Input bytes per block: a multiple of 3, so each block's base64 stands alone (no padding inside).</summary>
    private const int InputBlockSize = 3 * 4096;

    private const int EncodedBlockSize = InputBlockSize / 3 * 4;

    private readonly byte[] prefix;
    private readonly ReadOnlyMemory<byte> data;

    /// <summary>The offset of each block's URL-encoded output from the start of the data section; one more entry than blocks.</summary>
    private readonly long[] blockStarts;

    private readonly byte[] base64Scratch = new byte[EncodedBlockSize];
    private readonly byte[] blockBuffer = new byte[EncodedBlockSize * 3];
    private int cachedBlock = -1;
    private int cachedLength;
    private long position;

    /// <summary>Creates the body.</summary>
    /// <param name="parameters">The small parameters, written first, in order.</param>
    /// <param name="dataName">The name of the base64 parameter, written last.</param>
    /// <param name="data">The binary value.</param>
    public FormBodyWithBase64Stream(IEnumerable<KeyValuePair<string, string>> parameters, string dataName, ReadOnlyMemory<byte> data)
    {
        var head = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            head.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }

        head.Append(Uri.EscapeDataString(dataName)).Append('=');
        prefix = Encoding.UTF8.GetBytes(head.ToString());
        this.data = data;

        var blocks = (data.Length + InputBlockSize - 1) / InputBlockSize;
        blockStarts = new long[blocks + 1];
        long offset = 0;
        for (var i = 0; i < blocks; i++)
        {
            blockStarts[i] = offset;
            offset += EncodeBlock(i, count: true);
        }

        blockStarts[blocks] = offset;
        Length = prefix.Length + offset;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length { get; }

    /// <inheritdoc />
    public override long Position
    {
        get => position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Length);
            position = value;
        }
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (buffer.Length > 0 && position < Length)
        {
            int copied;
            if (position < prefix.Length)
            {
                var source = prefix.AsSpan((int)position);
                copied = Math.Min(source.Length, buffer.Length);
                source[..copied].CopyTo(buffer);
            }
            else
            {
                var relative = position - prefix.Length;
                var block = FindBlock(relative);
                if (block != cachedBlock)
                {
                    cachedLength = EncodeBlock(block, count: false);
                    cachedBlock = block;
                }

                var within = (int)(relative - blockStarts[block]);
                copied = Math.Min(cachedLength - within, buffer.Length);
                blockBuffer.AsSpan(within, copied).CopyTo(buffer);
            }

            position += copied;
            total += copied;
            buffer = buffer[copied..];
        }

        return total;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<int>(cancellationToken) : Task.FromResult(Read(buffer, offset, count));

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new ValueTask<int>(Read(buffer.Span));

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return position;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("The request body is read-only.");

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The request body is read-only.");

    /// <summary>The block whose output holds the data-section offset <paramref name="relative"/>.</summary>
    private int FindBlock(long relative)
    {
        var index = Array.BinarySearch(blockStarts, relative);
        return index >= 0 ? Math.Min(index, blockStarts.Length - 2) : ~index - 1;
    }

    /// <summary>Base64-encodes block <paramref name="block"/> and URL-encodes it into the block buffer (or only measures it).</summary>
    /// <returns>The URL-encoded length of the block.</returns>
    private int EncodeBlock(int block, bool count)
    {
        var start = block * InputBlockSize;
        var input = data.Span.Slice(start, Math.Min(InputBlockSize, data.Length - start));
        Base64.EncodeToUtf8(input, base64Scratch, out _, out var written, isFinalBlock: true);
        var encoded = base64Scratch.AsSpan(0, written);
        if (count)
        {
            return written + (2 * (encoded.Count((byte)'+') + encoded.Count((byte)'/') + encoded.Count((byte)'=')));
        }

        var output = blockBuffer.AsSpan();
        var length = 0;
        foreach (var b in encoded)
        {
            switch (b)
            {
                case (byte)'+':
                    output[length++] = (byte)'%';
                    output[length++] = (byte)'2';
                    output[length++] = (byte)'B';
                    break;
                case (byte)'/':
                    output[length++] = (byte)'%';
                    output[length++] = (byte)'2';
                    output[length++] = (byte)'F';
                    break;
                case (byte)'=':
                    output[length++] = (byte)'%';
                    output[length++] = (byte)'3';
                    output[length++] = (byte)'D';
                    break;
                default:
                    output[length++] = b;
                    break;
            }
        }

        return length;
    }
}
