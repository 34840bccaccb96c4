using System.Text.Json;
using System.Text.Json.Nodes;
using Tendero.Ai.Templates;

namespace Tendero.Delivery.Chains;

/// <summary>
/// Where an alert's model-written fill lives: in the chain's data, under names a person would not choose
/// (<c>_sms</c>, <c>_template.1</c>…, <c>_filled_by</c>), so the alert's own fields stay as they were given.
/// </summary>
public static class FilledData
{
    public const string Sms = "_sms";
    public const string FilledBy = "_filled_by";

    public static string Parameter(int position) => $"_template.{position}";

    /// <summary>The alert's data (a JSON object, or null) with the fill added.</summary>
    public static string With(string? dataJson, TemplateFill fill)
    {
        var data = dataJson is null ? new JsonObject() : JsonNode.Parse(dataJson)!.AsObject();
        data[Sms] = fill.Sms;
        data[FilledBy] = fill.Tier.ToString().ToLowerInvariant();
        for (var i = 0; i < fill.Parameters.Count; i++)
        {
            data[Parameter(i + 1)] = fill.Parameters[i];
        }
        return data.ToJsonString();
    }

    /// <summary>The alert's own fields, as strings, for the filler (the fill's names left out).</summary>
    public static IReadOnlyDictionary<string, string> Fields(string? dataJson) =>
        dataJson is null ? new Dictionary<string, string>()
            : (JsonSerializer.Deserialize<Dictionary<string, string?>>(dataJson) ?? [])
                .Where(f => f.Value is not null && !f.Key.StartsWith('_')).ToDictionary(f => f.Key, f => f.Value!);
}
