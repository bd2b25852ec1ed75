namespace Admin.Tests.Infrastructure;

/// <summary>
/// A well-behaved API client: every POST without an <c>Idempotency-Key</c> gets a fresh one, as money-moving endpoints
/// require. Tests of the key itself set the header (or use a client without this handler).
/// </summary>
public sealed class IdempotencyKeys : DelegatingHandler
{
    public IdempotencyKeys()
    {
    }

    public IdempotencyKeys(HttpMessageHandler inner) : base(inner)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && !request.Headers.Contains("Idempotency-Key"))
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
