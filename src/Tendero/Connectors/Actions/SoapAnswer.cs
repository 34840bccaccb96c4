using System.Xml;
using System.Xml.Linq;

namespace Tendero.Connectors.Actions;

/// <summary>
/// Reads what a SOAP 1.1 service answered. A <c>Fault</c> wins over the HTTP status (SOAP 1.1 sends faults with
/// 500): a <c>Client</c> fault means our request was wrong and is final; a <c>Server</c> fault may pass, so it is
/// retried. See SOAP 1.1 §4.4 (https://www.w3.org/TR/2000/NOTE-SOAP-20000508/#_Toc478383507).
/// </summary>
public static class SoapAnswer
{
    public static ActionResult Read(ActionHttp.Answer answer, TimeProvider time)
    {
        if (Parse(answer.Body) is not { } document)
        {
            var what = answer.Body.Length == 0 ? "an empty body" : $"something that is not XML ({answer.MediaType ?? "no content type"}): {ActionHttp.Excerpt(answer.Body)}";
            var reason = $"the SOAP service answered {answer.Status} with {what}";
            return answer.Status is >= 200 and < 300 ? new ActionResult.Failed(answer.Status, reason) : Http(answer, time, reason);
        }
        var body = document.Root?.Name == SoapEnvelope.Namespace + "Envelope" ? document.Root.Element(SoapEnvelope.Namespace + "Body") : null;
        if (body is null)
        {
            var reason = $"the SOAP service answered {answer.Status} with XML that is not a SOAP 1.1 envelope (root {document.Root?.Name})";
            return answer.Status is >= 200 and < 300 ? new ActionResult.Failed(answer.Status, reason) : Http(answer, time, reason);
        }
        if (body.Element(SoapEnvelope.Namespace + "Fault") is { } fault)
        {
            return Fault(answer.Status, fault);
        }
        if (answer.Status is >= 200 and < 300)
        {
            // The operation's result: the text of the first element in the Body (FooResponse/FooResult).
            return new ActionResult.Done(answer.Status, body.Elements().FirstOrDefault() is { } result ? ActionHttp.Excerpt(result.Value) : null);
        }
        return Http(answer, time, $"the SOAP service answered {answer.Status} without a fault");
    }

    private static ActionResult Fault(int status, XElement fault)
    {
        // faultcode is a qualified name (soap:Client.ValidationError); its local part says whose fault it is.
        var code = fault.Element("faultcode")?.Value.Trim() ?? "";
        var local = code.Contains(':') ? code[(code.IndexOf(':') + 1)..] : code;
        var text = fault.Element("faultstring")?.Value.Trim() ?? "";
        var detail = fault.Element("detail") is { } d && d.Value.Trim().Length > 0 ? $" (detail: {ActionHttp.Excerpt(d.Value)})" : "";
        var reason = $"the SOAP service refused: {(local.Length > 0 ? local : "(no faultcode)")}: {ActionHttp.Excerpt(text)}{detail}";
        return local.StartsWith("Server", StringComparison.Ordinal)
            ? new ActionResult.Retry(status, reason)
            : new ActionResult.Failed(status, reason);
    }

    private static ActionResult Http(ActionHttp.Answer answer, TimeProvider time, string reason) =>
        ActionHttp.Classify(answer, time) switch
        {
            ActionResult.Retry r => r with { Reason = reason },
            ActionResult.Failed f => f with { Reason = reason },
            var other => other,
        };

    // The answer comes from another system: no DTDs (entity expansion), no external resolution, a size cap.
    private static XDocument? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 2_000_000 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
