namespace Tendero.Config;

/// <summary>Checks the WhatsApp templates and the SMS length policy of a business file.</summary>
internal static class TemplateMapper
{
    private static readonly string[] Categories = ["utility", "marketing", "authentication"];

    public static IReadOnlyDictionary<string, WhatsAppTemplate> Templates(Dictionary<string, TemplateFile>? templates, bool hasWhatsApp, FieldChecker check)
    {
        var result = new Dictionary<string, WhatsAppTemplate>(StringComparer.Ordinal);
        if (templates is { Count: > 0 } && !hasWhatsApp)
        {
            check.Fail("whatsapp_templates", "the business has no WhatsApp channel to send them on");
        }
        foreach (var (kind, file) in templates ?? [])
        {
            var field = $"whatsapp_templates.{kind}";
            var name = check.Required($"{field}.name", file?.Name);
            if (name.Length > 0 && !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                check.Fail($"{field}.name", $"'{name}' is not a template name as Meta shows it (lower-case letters, digits and _)");
            }
            var language = check.Required($"{field}.language", file?.Language);
            var category = (file?.Category ?? "utility").Trim().ToLowerInvariant();
            if (!Categories.Contains(category))
            {
                check.Fail($"{field}.category", $"'{file?.Category}' is not one of {string.Join(", ", Categories)}");
            }
            var parameters = (file?.Parameters ?? []).Select(p => p?.Trim() ?? "").ToList();
            if (parameters.Any(p => p.Length == 0))
            {
                check.Fail($"{field}.parameters", "a parameter names a field of the message's data, or text for the message itself");
            }
            var buttons = new List<TemplateButton>();
            foreach (var (button, i) in (file?.Buttons ?? []).Select((b, i) => (b, i)))
            {
                var text = check.Required($"{field}.buttons[{i}].text", button?.Text);
                var payload = check.Required($"{field}.buttons[{i}].payload", button?.Payload);
                buttons.Add(new TemplateButton(text, payload));
            }
            if (buttons.Count > 10)
            {
                check.Fail($"{field}.buttons", "a template has at most 10 quick-reply buttons");
            }
            result[kind] = new WhatsAppTemplate(kind, name, language, category, parameters) { Buttons = buttons };
        }
        return result;
    }

    public static SmsPolicy Sms(SmsFile? sms, FieldChecker check)
    {
        var policy = new SmsPolicy();
        if (sms?.MaxSegments is { } max)
        {
            if (max is < 1 or > 10)
            {
                check.Fail("sms.max_segments", $"{max} is outside 1-10");
            }
            else
            {
                policy = policy with { MaxSegments = max };
            }
        }
        return sms?.Transliterate is { } t ? policy with { Transliterate = t } : policy;
    }
}
