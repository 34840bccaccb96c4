using System.Text.Json;

namespace Tendero.Channels;

/// <summary>Opens a webhook body as JSON, or says why it is not.</summary>
public static class WebhookJson
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new WebhookFormatException($"The body is not JSON: {e.Message}");
        }
    }
}
