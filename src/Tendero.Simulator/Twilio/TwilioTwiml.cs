using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Tendero.Simulator.Twilio;

/// <summary>The first <c>&lt;Gather&gt;</c> of a call's TwiML: where keys go and how many it takes.</summary>
internal sealed record TwimlGather(string? Action, string Method, int? NumDigits, string FinishOnKey, bool Dtmf);

/// <summary>
/// What the simulator understands of a call's inline TwiML: whether it parses and its first <c>&lt;Gather&gt;</c>, with
/// Twilio's defaults (method POST, input dtmf, finishOnKey #, numDigits unlimited:
/// https://www.twilio.com/docs/voice/twiml/gather, REFERENCE §3.3). The TwiML comes from the client, so it is read with
/// DTDs prohibited and a size cap: a hostile document fails the call instead of the simulator.
/// </summary>
internal sealed record CallTwiml(string? Error, TwimlGather? Gather)
{
    /// <summary>A call made with <c>Url</c>: the simulator does not fetch TwiML, so it knows of no Gather.</summary>
    public static readonly CallTwiml ByUrl = new(null, null);

    // Made per parse: XmlReaderSettings is mutable, and the simulator keeps no mutable static state.
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 64 * 1024,
    };

    public static CallTwiml Parse(string twiml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(twiml), Settings());
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            // Twilio's error 12100, Document parse failure.
            return new CallTwiml($"12100 Document parse failure: {e.Message}", null);
        }

        if (document.Root is not { Name.LocalName: "Response" } root)
        {
            return new CallTwiml("12100 Document parse failure: the root element must be <Response>.", null);
        }

        return new CallTwiml(null, root.Elements("Gather").Select(Read).FirstOrDefault());
    }

    /// <summary>The URL and keys Twilio would post for <paramref name="pressed"/>, or null and why the keys go nowhere.</summary>
    public (string? Url, string Digits, string? Note) Route(string pressed)
    {
        if (Gather is not { } gather)
        {
            return (null, pressed, "the call's TwiML has no <Gather> the simulator can see");
        }

        if (!gather.Dtmf)
        {
            return (null, pressed, "the <Gather> does not take dtmf input");
        }

        // Keys stop at finishOnKey (not posted) or when numDigits is reached.
        var digits = gather.FinishOnKey.Length > 0 ? pressed.Split(gather.FinishOnKey[0])[0] : pressed;
        digits = gather.NumDigits is int n && digits.Length > n ? digits[..n] : digits;
        if (digits.Length == 0)
        {
            return (null, digits, "no digits before the finish key");
        }

        if (gather.Action is null || !Uri.TryCreate(gather.Action, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, digits, "the <Gather> action is not an absolute http(s) URL, and inline TwiML has no URL to resolve it against");
        }

        return gather.Method == "POST" ? (gather.Action, digits, null) : (null, digits, $"<Gather method=\"{gather.Method}\"> is not simulated");
    }

    private static TwimlGather Read(XElement gather)
    {
        var numDigits = int.TryParse((string?)gather.Attribute("numDigits"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : (int?)null;
        var input = (string?)gather.Attribute("input") ?? "dtmf";
        return new TwimlGather(
            (string?)gather.Attribute("action"),
            ((string?)gather.Attribute("method") ?? "POST").ToUpperInvariant(),
            numDigits,
            (string?)gather.Attribute("finishOnKey") ?? "#",
            input.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("dtmf", StringComparer.OrdinalIgnoreCase));
    }
}
