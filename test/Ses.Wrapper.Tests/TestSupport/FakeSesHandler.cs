using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>
/// An HTTP handler that plays SES: records every request and answers from a queue of canned answers (the last one
/// repeats), or with a fault.
/// </summary>
internal sealed class FakeSesHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> answers = new();
    private Func<HttpResponseMessage>? last;

    public List<RecordedRequest> Requests { get; } = [];

    public int Attempts => Requests.Count;

    /// <summary>Queues an answer with the given XML body and status.</summary>
    public FakeSesHandler Answer(string xml, HttpStatusCode status = HttpStatusCode.OK, string contentType = "text/xml")
    {
        return Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(xml, Encoding.UTF8, contentType) });
    }

    /// <summary>Queues an answer from a fixture file.</summary>
    public FakeSesHandler AnswerFixture(string name, HttpStatusCode status = HttpStatusCode.OK) => Answer(Fixture.Read(name), status);

    /// <summary>Queues a fault thrown instead of an answer (as a reset connection does).</summary>
    public FakeSesHandler Fail(Func<Exception> fault) => Enqueue(() => throw fault());

    /// <summary>Queues any answer.</summary>
    public FakeSesHandler Enqueue(Func<HttpResponseMessage> answer)
    {
        answers.Enqueue(answer);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), request.Content?.Headers.ContentType?.MediaType, body));
        }

        if (answers.TryDequeue(out var next))
        {
            last = next;
        }

        var answer = last ?? throw new InvalidOperationException("No answer queued for the fake SES endpoint.");
        var response = answer();
        response.RequestMessage = request;
        return response;
    }
}
