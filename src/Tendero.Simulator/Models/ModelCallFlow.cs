using System.Text.Json;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models;

/// <summary>The part of a model call both providers share: draw a fault, hold a timeout, ask the brain, cut at max tokens.</summary>
internal sealed class ModelCallFlow(SimContext context, IModelBrain? brain)
{
    private const string PlainAnswer = "Understood.";

    public async Task<ModelOutcome> RunAsync(ModelRequest request, ModelFaults faults, CancellationToken requestAborted)
    {
        var fault = faults.Next(context.Random);
        switch (fault?.Kind)
        {
            case ModelFaultKind.RateLimited or ModelFaultKind.Overloaded or ModelFaultKind.ServerError or ModelFaultKind.SpendLimit:
                return new ModelOutcome.Refused(fault);
            case ModelFaultKind.Timeout when !await HoldAsync(fault.Delay, requestAborted):
                return new ModelOutcome.HungUp(fault);
        }

        string text;
        try
        {
            text = fault?.Kind == ModelFaultKind.Content ? fault.Text! : brain?.Answer(request.Ask) ?? Default(request.Ask);
        }
        catch (Exception e)
        {
            return new ModelOutcome.BrainFailed($"The simulator's model brain threw {e.GetType().Name}: {e.Message}");
        }

        if (fault?.Kind == ModelFaultKind.Malformed)
        {
            text = Malformed(text);
        }

        var tokens = ModelTokens.Count(text);
        if (request.MaxTokens is { } max && tokens > max)
        {
            text = ModelTokens.Cut(text, max);
            return new ModelOutcome.Answered(text, ModelTokens.Count(text), Truncated: true, fault);
        }

        return new ModelOutcome.Answered(text, tokens, Truncated: false, fault);
    }

    /// <summary>The answer without a brain: a minimal instance of the schema, <c>{}</c> in JSON mode, else a short sentence.</summary>
    public static string Default(ModelAsk ask) => ask.Format switch
    {
        ModelAnswerFormat.JsonSchema when ask.Schema is { } schema => SchemaInstance.Build(schema)?.ToJsonString() ?? "null",
        ModelAnswerFormat.JsonObject or ModelAnswerFormat.JsonSchema => "{}",
        _ => PlainAnswer,
    };

    /// <summary>The first half of the answer, so it no longer parses (a model cut off mid-object).</summary>
    public static string Malformed(string text)
    {
        var cut = text[..(text.Length / 2)];
        return Parses(cut) ? "{" + cut : cut;
    }

    private static bool Parses(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>True when the hold ran out with the client still waiting; false when it hung up or the simulator stopped.</summary>
    private async Task<bool> HoldAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, context.Stopping);
        try
        {
            await context.DelayAsync(delay, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
