using System.Text.RegularExpressions;
using Tendero.Agents;
using Tendero.Core;

namespace Tendero.Config;

/// <summary>
/// Checks the <c>actions:</c> section: unique names, a topic the actions agent receives, exactly one of
/// <c>webhook</c> or <c>soap</c>, http(s) URLs, a set secret, a readable SOAP 1.1 envelope template, sane timeouts.
/// </summary>
internal static partial class ActionsMapper
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<ActionConfig> Actions(List<ActionFile?>? file, string businessPath, FieldChecker check)
    {
        var actions = new List<ActionConfig>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (file?.Count ?? 0); i++)
        {
            var field = $"actions[{i}]";
            if (file![i] is not { } entry)
            {
                check.Fail(field, "is empty: give it a name, on, and a webhook or soap section");
                continue;
            }
            var name = check.Required($"{field}.name", entry.Name);
            if (name.Length > 0 && !NamePattern().IsMatch(name))
            {
                check.Fail($"{field}.name", $"'{name}' may hold only a-z, 0-9 and '-' (it appears in delivery ids)");
            }
            else if (name.Length > 0 && !seen.Add(name))
            {
                check.Fail($"{field}.name", $"'{name}' is used by another action; names must be unique");
            }
            field = name.Length > 0 ? $"actions.{name}" : field;
            var on = Topic($"{field}.on", entry.On, check);
            ActionTarget? target = (entry.Webhook, entry.Soap) switch
            {
                ({ } webhook, null) => Webhook($"{field}.webhook", webhook, check),
                (null, { } soap) => Soap($"{field}.soap", soap, businessPath, check),
                (null, null) => Fail(check, field, "needs a webhook or a soap section"),
                _ => Fail(check, field, "has both webhook and soap; an action calls one target, so split it into two actions"),
            };
            if (target is not null)
            {
                actions.Add(new ActionConfig(name, on, target));
            }
        }
        return actions;
    }

    // An action on a topic the actions agent does not receive would never run: that is an error, not a warning.
    private static string Topic(string field, string? value, FieldChecker check)
    {
        var topic = check.Required(field, value);
        if (topic.Length > 0 && !AgentCatalog.SubscribersOf(topic).Contains(AgentCatalog.Actions))
        {
            check.Fail(field, $"'{topic}' is not a topic actions can follow; use one of {string.Join(", ", AgentCatalog.TopicsOf(AgentCatalog.Actions))}");
        }
        return topic;
    }

    private static WebhookTarget Webhook(string field, WebhookFile f, FieldChecker check) =>
        new(Url($"{field}.url", f.Url, check), check.Secret($"{field}.secret_env", f.SecretEnv), Timeout($"{field}.timeout", f.Timeout, check));

    private static SoapTarget Soap(string field, SoapFile f, string businessPath, FieldChecker check)
    {
        var url = Url($"{field}.url", f.Url, check);
        if (f.Action is null)
        {
            check.Fail($"{field}.action", "is required: the SOAPAction the service expects (the operation's soapAction in its WSDL)");
        }
        else if (f.Action.Any(c => c == '"' || char.IsControl(c)))
        {
            check.Fail($"{field}.action", "may not hold quotes or control characters; write the URI alone, Tendero adds the quotes");
        }
        var file = check.Required($"{field}.envelope_file", f.EnvelopeFile);
        var envelope = file.Length > 0 ? SoapTemplateCheck.Read($"{field}.envelope_file", file, businessPath, check) : "";
        return new SoapTarget(url, f.Action ?? "", file, envelope, Timeout($"{field}.timeout", f.Timeout, check));
    }

    private static Uri Url(string field, string? value, FieldChecker check)
    {
        var text = check.Required(field, value);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && uri.UserInfo.Length == 0)
        {
            return uri;
        }
        if (text.Length > 0)
        {
            check.Fail(field, $"'{text}' is not an http(s) URL without credentials, such as https://pos.example.com/hooks/tendero");
        }
        return new Uri("http://invalid.invalid/");
    }

    private static TimeSpan Timeout(string field, string? value, FieldChecker check)
    {
        if (value is null)
        {
            return DefaultTimeout;
        }
        if (!Durations.TryParse(value, out var timeout) || timeout > MaxTimeout)
        {
            check.Fail(field, $"'{value}' is not a duration from 1s to {Durations.Format(MaxTimeout)}, such as 10s");
            return DefaultTimeout;
        }
        return timeout;
    }

    private static ActionTarget? Fail(FieldChecker check, string field, string reason)
    {
        check.Fail(field, reason);
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex NamePattern();
}
