using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.EventStreams;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>
/// Reads each SES answer's body completely, asynchronously, within the attempt's deadline and up to a size limit,
/// before it is unmarshalled.
/// </summary>
/// <remarks>
/// <para>
/// AWSSDK.Core bounds an attempt by <see cref="ClientConfig.Timeout"/> only until the response headers arrive
/// (<c>HttpClient.Timeout</c> with <c>ResponseHeadersRead</c>); the body is then read synchronously by the
/// unmarshaller with no deadline, so a server that sends headers promptly and then drips the body would hold the call
/// for ever. This handler sits between the SDK's Unmarshaller and HttpHandler: it reads the body of the answer (and of
/// error answers) with a token cancelled when <see cref="ClientConfig.Timeout"/> (100 s when unset, as HttpClient)
/// has passed since the attempt began, or when the caller cancels, and then hands the unmarshaller the bytes in memory.
/// </para>
/// <para>
/// Failures: the deadline passing surfaces as <see cref="TimeoutException"/> (what the SDK throws for
/// <c>HttpClient.Timeout</c>); the caller's cancellation as <see cref="OperationCanceledException"/>; a success answer
/// larger than <see cref="MaxAnswerBytes"/> as <see cref="AmazonUnmarshallingException"/>; an error answer larger than
/// that is handed on without its body, so it reads as "HTTP {status} without an SES error document". The connection
/// of a failed read is disposed, never reused.
/// </para>
/// </remarks>
internal sealed class SesResponseReadHandler : PipelineHandler
{
    /// <summary>The largest answer body read, in bytes: the XML reader's character limit.</summary>
    public const int MaxAnswerBytes = (int)SesXml.MaxCharactersInDocument;

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var requestContext = executionContext.RequestContext;
        using var deadline = new CancellationTokenSource(requestContext.ClientConfig.Timeout ?? DefaultTimeout, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, requestContext.CancellationToken);
        T result;
        try
        {
            result = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (HttpErrorResponseException error)
        {
            var buffered = await BufferAsync(error.Response, isError: true, linked.Token, requestContext.CancellationToken).ConfigureAwait(false);
            throw new HttpErrorResponseException(error.Message, error, buffered);
        }

        var response = executionContext.ResponseContext.HttpResponse;
        executionContext.ResponseContext.HttpResponse = await BufferAsync(response, isError: false, linked.Token, requestContext.CancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task<IWebResponseData> BufferAsync(IWebResponseData response, bool isError, CancellationToken token, CancellationToken callerToken)
    {
        if (response?.ResponseBody is null)
        {
            return response!;
        }

        try
        {
            var body = await ReadAsync(response, token).ConfigureAwait(false);
            if (body is null && !isError)
            {
                throw new AmazonUnmarshallingException(
                    requestId: response.GetHeaderValue("x-amzn-RequestId"),
                    lastKnownLocation: null,
                    responseBody: null,
                    innerException: new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The answer is larger than {MaxAnswerBytes} bytes; SES answers are a few kilobytes.")),
                    statusCode: response.StatusCode);
            }

            return new BufferedResponseData(response, body ?? []);
        }
        catch (OperationCanceledException) when (!callerToken.IsCancellationRequested)
        {
            throw new TimeoutException("SES's answer did not arrive completely within the client's timeout.");
        }
        finally
        {
            // The bytes are in memory (or the read failed): release the connection now; a failed read closes it.
            response.ResponseBody.Dispose();
        }
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxAnswerBytes"/>.</summary>
    private static async Task<byte[]?> ReadAsync(IWebResponseData response, CancellationToken token)
    {
        if (response.ContentLength > MaxAnswerBytes)
        {
            return null;
        }

        var stream = await response.ResponseBody.OpenResponseAsync().WaitAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxAnswerBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>An answer whose body is in memory; headers and status come from the original.</summary>
    private sealed class BufferedResponseData(IWebResponseData original, byte[] body) : IWebResponseData, IHttpResponseBody
    {
        public long ContentLength => body.Length;

        public string ContentType => original.ContentType;

        public HttpStatusCode StatusCode => original.StatusCode;

        public bool IsSuccessStatusCode => original.IsSuccessStatusCode;

        public IHttpResponseBody ResponseBody => this;

        public string[] GetHeaderNames() => original.GetHeaderNames();

        public bool IsHeaderPresent(string headerName) => original.IsHeaderPresent(headerName);

        public string GetHeaderValue(string headerName) => original.GetHeaderValue(headerName);

        public IEventStreamHeader GetEventStreamHeader(string headerName) => original.GetEventStreamHeader(headerName);

        public bool IsEventHeaderPresent(string headerName) => original.IsEventHeaderPresent(headerName);

        public Stream OpenResponse() => new MemoryStream(body, writable: false);

        public Task<Stream> OpenResponseAsync() => Task.FromResult(OpenResponse());

        public void Dispose()
        {
        }
    }
}
