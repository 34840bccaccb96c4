namespace Tendero.Simulator.Infrastructure;

/// <summary>One webhook to post, with everything needed to post it again on retry.</summary>
/// <param name="Status">Status value or inbound type, for the journal.</param>
/// <param name="Body">The exact bytes; signatures were computed over them.</param>
/// <param name="MaxAttempts">1 = no retries (Twilio).</param>
/// <param name="SuccessOnly200">Meta counts only 200 as success; Telegram any 2xx.</param>
internal sealed record WebhookRequest(
    SimProvider Provider,
    WebhookKind Kind,
    string Url,
    string? Status,
    string? ProviderId,
    byte[] Body,
    string ContentType,
    IReadOnlyDictionary<string, string> Headers,
    int MaxAttempts,
    bool SuccessOnly200)
{
    public bool IsSuccess(int? httpStatus) => httpStatus is int s && (SuccessOnly200 ? s == 200 : s is >= 200 and < 300);
}
