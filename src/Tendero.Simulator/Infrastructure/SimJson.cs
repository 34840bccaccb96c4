using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Simulator.Infrastructure;

/// <summary>Turns payloads into the exact bytes each provider sends.</summary>
internal static class SimJson
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact UTF-8, non-ASCII kept as is (Telegram, Twilio).</summary>
    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(Relaxed));

    /// <summary>
    /// Compact JSON with every non-ASCII character as a lowercase <c>\uxxxx</c> escape, because Meta signs
    /// "an escaped unicode version of the payload" (REFERENCE §1.4, vector 5 of §13.2).
    /// </summary>
    public static byte[] MetaAscii(JsonNode node)
    {
        var text = node.ToJsonString(Relaxed);
        var output = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                // Copy an existing escape whole; lowercase the hex of \uXXXX the encoder may have written.
                var next = text[++i];
                output.Append(c).Append(next);
                if (next == 'u')
                {
                    output.Append(text.AsSpan(i + 1, 4).ToString().ToLowerInvariant());
                    i += 4;
                }
            }
            else if (c > 127)
            {
                output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                output.Append(c);
            }
        }

        return Encoding.ASCII.GetBytes(output.ToString());
    }

    public static long Epoch(DateTimeOffset at) => at.ToUnixTimeSeconds();

    public static string EpochText(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
