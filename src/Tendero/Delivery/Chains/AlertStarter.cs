using System.Text.Json;
using System.Text.Json.Nodes;
using Tendero.Config;
using Tendero.Core;
using Tendero.Core.Chains;
using Tendero.Storage;

namespace Tendero.Delivery.Chains;

/// <summary>
/// Checks an alert request and starts its chain. The API calls this, and so will agents. When the business has an
/// approved WhatsApp template for the policy, the fast tier fills its parameters and writes an SMS version within the
/// business's segment budget, both checked (no invented numbers); they travel in the chain's data.
/// </summary>
public sealed class AlertStarter(ChainStore chains, PeopleStore people, WorkSignals signals, Ai.ITemplateFiller? filler = null)
{
    public const int MaxText = 1000;

    public async Task<AlertResult> StartAsync(BusinessConfig business, AlertRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Policy) || !business.Policies.TryGetValue(request.Policy, out var policy))
        {
            var known = business.Policies.Count == 0 ? "it has none" : "it has " + string.Join(", ", business.Policies.Keys.Order());
            return Refuse($"'{request.Policy}' is not a policy of {business.Id} ({known}): add it under policies in {Path.GetFileName(business.SourceFile)}.");
        }
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > MaxText)
        {
            return Refuse($"text is required and may be at most {MaxText} characters.");
        }
        if (DataJson(request.Data, out var data) is { } bad)
        {
            return Refuse(bad);
        }
        if (request.IdempotencyKey is { Length: > 200 })
        {
            return Refuse("idempotency_key may be at most 200 characters.");
        }
        if (string.IsNullOrWhiteSpace(request.To))
        {
            return Refuse("to is required: a contact id or an address such as +50760001111 or telegram:123456789.");
        }
        var person = await ResolveAsync(business, request.To.Trim(), ct);
        if (person is null)
        {
            return new AlertResult.Refused(404, "Unknown contact",
                $"There is no contact '{request.To}' in {business.Id}: PUT it to /api/businesses/{business.Id}/contacts/{{id}}, list it under staff, or send to an address.");
        }
        if (filler is not null && business.TemplateFor(policy.Name) is { } template)
        {
            var fill = await filler.FillTemplateAsync(business, template, request.Text.Trim(), FilledData.Fields(data), ct);
            data = FilledData.With(data, fill);
        }
        var (id, created) = await chains.StartAsync(
            new NewChain(business.Id, policy.Name, person.Id, request.Critical, request.Text.Trim(), data, ChainPlanJson.Freeze(policy), request.IdempotencyKey), ct);
        signals.Chains.Wake();
        return new AlertResult.Started(id, created);
    }

    private async Task<Person?> ResolveAsync(BusinessConfig business, string to, CancellationToken ct)
    {
        if (to.StartsWith('+') && Address.TryParse("sms:" + to, out var phone, out _))
        {
            var number = phone!.Value;
            return await people.ForAddressAsync(business.Id, number,
                new Dictionary<ChannelKind, string> { [ChannelKind.WhatsApp] = number, [ChannelKind.Sms] = number, [ChannelKind.Voice] = number },
                business.Language, ct);
        }
        if (to.Contains(':', StringComparison.Ordinal) && Address.TryParse(to, out var address, out _))
        {
            return await people.ForAddressAsync(business.Id, address!.ToString(),
                new Dictionary<ChannelKind, string> { [address.Channel] = address.Value }, business.Language, ct);
        }
        return await people.GetAsync(business.Id, to, ct);
    }

    // Template parameters are strings; numbers and booleans are written as text, anything nested is refused.
    private static string? DataJson(JsonElement? data, out string? json)
    {
        json = null;
        if (data is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element)
        {
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "data must be an object of names and values, such as {\"item\": \"tomatoes\"}.";
        }
        var result = new JsonObject();
        foreach (var field in element.EnumerateObject())
        {
            if (field.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return $"data.{field.Name} must be a plain value (text or a number), not a list or an object.";
            }
            result[field.Name] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText();
            if (result.Count > 50)
            {
                return "data may hold at most 50 fields.";
            }
        }
        json = result.ToJsonString();
        return null;
    }

    private static AlertResult.Refused Refuse(string detail) => new(400, "Cannot start this alert", detail);
}
