using Tendero.Ai.Templates;
using Tendero.Config;

namespace Tendero.Ai;

/// <summary>Fills a WhatsApp template's parameters and writes an SMS version of an alert (the fast tier, checked; rules as the floor).</summary>
public interface ITemplateFiller
{
    Task<TemplateFill> FillTemplateAsync(
        BusinessConfig business, WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, CancellationToken ct);
}
