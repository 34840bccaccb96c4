using Microsoft.Extensions.AI;

namespace Tendero.Ai.Routing;

/// <summary>The state of one routed request: the tiers tried, the notes waiting for the next cost entry, the best answer so far.</summary>
internal sealed class RouteRun(ModelRoute? route, IList<ChatMessage> messages, ChatOptions? options)
{
    private readonly List<string> pending = [];

    public ModelRoute? Route { get; } = route;

    public string BusinessId { get; } = route?.BusinessId ?? "";

    public IList<ChatMessage> Messages { get; } = messages;

    public ChatOptions? Options { get; } = options;

    public HashSet<ModelTier> Tried { get; } = [];

    /// <summary>"fast:invalid", "fast:ok", "smart:timeout"…, in order.</summary>
    public List<string> Trail { get; } = [];

    /// <summary>The most confident valid answer seen, kept when the router escalates past it.</summary>
    public (ChatResponse Response, ModelTier Tier, double Confidence)? Best { get; private set; }

    public AnswerCheck Check(string text) => Route?.Check?.Invoke(text) ?? AnswerCheck.Ok();

    public void Keep(ChatResponse response, ModelTier tier, double confidence)
    {
        if (Best is not { } best || confidence > best.Confidence)
        {
            Best = (response, tier, confidence);
        }
    }

    /// <summary>Why the next call goes where it does; written on that call's cost entry.</summary>
    public void Note(string note) => pending.Add(note);

    public string? TakeNotes()
    {
        var notes = pending.Count == 0 ? null : string.Join("; ", pending);
        pending.Clear();
        return notes;
    }
}
