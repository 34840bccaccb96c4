using Tendero.Simulator.Models;
using Tendero.Simulator.Sheets;

namespace Tendero.Simulator;

/// <summary>
/// The accounts the simulator plays and how it behaves. Fill it before <see cref="ProviderSimulator"/> is built;
/// webhook URLs can still change at run time through <see cref="ProviderSimulator.SetWhatsAppWebhookUrl"/> and friends.
/// </summary>
public sealed class SimulatorOptions
{
    /// <summary>WhatsApp Cloud API phone numbers, one per business line.</summary>
    public List<SimWhatsAppAccount> WhatsApp { get; } = [];

    /// <summary>Telegram bots. Webhook URL and secret are learned from <c>setWebhook</c>, as Telegram does.</summary>
    public List<SimTelegramBot> Telegram { get; } = [];

    /// <summary>Twilio accounts and the numbers they own.</summary>
    public List<SimTwilioAccount> Twilio { get; } = [];

    /// <summary>Delays and probabilities of the simulated world.</summary>
    public SimBehaviour Behaviour { get; set; } = new();

    /// <summary>
    /// How particular people react, by address: an E.164 number with its plus (WhatsApp, SMS, voice) or a Telegram chat id.
    /// Can change at run time with <see cref="ProviderSimulator.SetBehaviour"/>.
    /// </summary>
    public Dictionary<string, SimPersonBehaviour> People { get; } = new(StringComparer.Ordinal);

    /// <summary>The fake model servers: the brain that answers, and the API keys they accept.</summary>
    public SimModelOptions Models { get; set; } = new();

    /// <summary>The virtual printer's TCP port on loopback; 0 (default) picks a free one.</summary>
    public int PrinterPort { get; set; }
    /// <summary>The fake Google token endpoint and Sheets API: trusted service accounts and the quota.</summary>
    public SimSheetsOptions Sheets { get; set; } = new();

    /// <summary>When set, ids and random outcomes repeat from run to run.</summary>
    public int? Seed { get; set; }
}
