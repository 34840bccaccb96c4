using Microsoft.AspNetCore.Http;

namespace Tendero.Channels;

/// <summary>Reads a webhook's raw bytes (signatures are computed over them, never over re-serialised JSON), up to a limit.</summary>
public static class WebhookBody
{
    /// <summary>WhatsApp's largest payload is 3 MB; nothing a provider sends us is larger.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }
        if (request.ContentLength is { } length)
        {
            // The usual case: read straight into a buffer of the announced size (no staging copy per webhook).
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, ct);
            return exact;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static IResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
        detail: $"Webhook bodies are limited to {MaxBytes / (1024 * 1024)} MB.");

    public static IResult Malformed(string why) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Malformed webhook", detail: why);

    public static IResult BadSignature(string why) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized, title: "Signature check failed", detail: why);

    public static IResult UnknownBusiness(string business) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Unknown business", detail: $"No business '{business}' is configured here.");
}
