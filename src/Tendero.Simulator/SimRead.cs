using System.Text.Json.Serialization;

namespace Tendero.Simulator;

/// <summary>Whether a person opens the WhatsApp messages sent to them (read receipts).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SimRead>))]
public enum SimRead
{
    /// <summary>Reads each delivered message <see cref="SimPersonBehaviour.ReadDelay"/> after delivery.</summary>
    [JsonStringEnumMemberName("after")] After,

    /// <summary>Never reads, so no <c>read</c> status and, on WhatsApp, no reply.</summary>
    [JsonStringEnumMemberName("never")] Never,
}
