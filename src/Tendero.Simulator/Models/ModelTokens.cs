using Microsoft.ML.Tokenizers;

namespace Tendero.Simulator.Models;

/// <summary>
/// Honest token counts with OpenAI's o200k_base encoding (gpt-oss and GPT-4o use it; Claude's tokenizer is not public,
/// so it stands in for it). Per-message overheads follow OpenAI's counting recipe: 3 tokens per message, 3 to prime the reply.
/// </summary>
internal static class ModelTokens
{
    private const int PerMessage = 3;
    private const int ReplyPriming = 3;

    // Immutable after creation and thread-safe; loading the 200k-entry vocabulary once is the point.
    private static readonly Lazy<Tokenizer> Encoding = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : Encoding.Value.CountTokens(text);

    /// <summary>The prompt of a call: every message with its role, the system text, and the schema the model is told to follow.</summary>
    public static int Prompt(ModelAsk ask)
    {
        var total = ReplyPriming + Count(ask.Schema?.GetRawText());
        if (ask.System is not null)
        {
            total += PerMessage + Count("system") + Count(ask.System);
        }

        foreach (var message in ask.Messages)
        {
            total += PerMessage + Count(message.Role) + Count(message.Text);
        }

        return total;
    }

    /// <summary>The longest prefix of <paramref name="text"/> within <paramref name="maxTokens"/> tokens.</summary>
    public static string Cut(string text, int maxTokens)
    {
        var index = Encoding.Value.GetIndexByTokenCount(text, maxTokens, out _, out _);
        return text[..index];
    }
}
