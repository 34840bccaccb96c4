using Microsoft.Extensions.AI;
using Tendero.Ai.Routing;
using Tendero.Config;

namespace Tendero.Ai.Templates;

/// <summary>
/// Fills a WhatsApp template's parameters and writes an SMS version of an alert through the model router (purpose
/// <see cref="ModelPurpose.FillTemplate"/>). Every answer is checked by <see cref="FillCheck"/>: the router retries an invalid
/// one, then escalates, and when no model gives a valid fill the rule-based one (<see cref="RuleFill"/>) answers offline.
/// </summary>
public sealed class TemplateFiller(IChatClient router)
{
    public async Task<TemplateFill> FillAsync(
        string businessId, WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, SmsPolicy sms, CancellationToken ct)
    {
        var route = new ModelRoute
        {
            BusinessId = businessId,
            Purpose = ModelPurpose.FillTemplate,
            Check = answer => FillCheck.Check(answer, template, text, data, sms),
            Offline = () => RuleFill.Json(template, text, data, sms),
        };
        var options = route.ApplyTo(new ChatOptions { ResponseFormat = FillPrompt.Format, MaxOutputTokens = 400, Temperature = 0 });
        var response = await router.GetResponseAsync(FillPrompt.Messages(template, text, data, sms), options, ct);
        // A client that is not a TierRouter says no tier; it stands for a remote model.
        var tier = TierRouter.TierOf(response) ?? ModelTier.Fast;
        // The router may hand back its best effort; only a fill that passes the check leaves here, else the rules fill it.
        if (tier != ModelTier.Offline && FillCheck.Check(response.Text, template, text, data, sms).Valid
            && FillCheck.TryRead(response.Text, out var parameters, out var smsText, out _))
        {
            return new TemplateFill(parameters, smsText, tier);
        }
        var (ruleParameters, ruleSms) = RuleFill.Fill(template, text, data, sms);
        return new TemplateFill(ruleParameters, ruleSms, ModelTier.Offline);
    }
}
