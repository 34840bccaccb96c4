namespace Tendero.Hosting;

/// <summary>How this server presents itself. Built by the CLI from its flags and environment.</summary>
public sealed class ServerOptions
{
    /// <summary>The base URL providers use to reach us (<c>TENDERO_PUBLIC_URL</c>, else the first listen address).
    /// Twilio signs this URL, and Telegram's setWebhook and Twilio's StatusCallback point at it.</summary>
    public Uri PublicUrl { get; set; } = new("http://127.0.0.1:5080");

    /// <summary>The bearer key that guards <c>/api</c> (<c>TENDERO_API_KEY</c>).</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Names this process in leases: node name plus a fresh nonce per boot, so a restart knows what it left behind.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>How long a provider may take to answer one send before we give up on it and retry.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How much faster than real time the server's clock runs (the demo's --speed); 1 normally.</summary>
    public double Speed { get; set; } = 1;

    /// <summary>A duration that must pass in real time (a network budget), expressed on the server's clock.</summary>
    public TimeSpan Real(TimeSpan duration) => duration * Speed;

    /// <summary>Which background workers run here (all by default): dispatcher, responder, chains, agents, telegram-polling, actions, printer, sheets, reservations, exports (the daily export), retention (message bodies), reports (the monthly PDF).</summary>
    public ISet<string> Workers { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "dispatcher", "responder", "chains", "agents", "telegram-polling", "actions", "printer", "sheets", "reservations", "exports", "retention", "reports" };

    /// <summary>Which agents run here (all by default): parser, conversation, handoff, notifier (the chain runner), printer, actions, sheet-writer, kitchen, reservation-desk.</summary>
    public ISet<string> Agents { get; } = new HashSet<string>(Tendero.Agents.AgentCatalog.All, StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a public URL for a path such as <c>/webhooks/twilio/la-fonda/status</c>.</summary>
    public Uri UrlFor(string path) => new(PublicUrl, PublicUrl.AbsolutePath.TrimEnd('/') + path);
}
