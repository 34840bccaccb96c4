using Tendero.Simulator;

namespace Tendero.Cli.Demo.Evening;

/// <summary>Someone who writes to the restaurant during the demo's evening, on one channel.</summary>
internal sealed record EveningGuest(SimProvider Channel, string Account, string From, string? To, string Name, string Language)
{
    /// <summary>How the customer's address reads in the simulator's journal and in our ledger: digits only.</summary>
    public string Digits => new(From.Where(char.IsAsciiDigit).ToArray());
}

/// <summary>One thing a guest says, after a pause (simulated time) from the bot's answer to the previous one.</summary>
/// <remarks><c>{alt}</c> in the text stands for the first time the bot offered in its last answer.</remarks>
internal sealed record EveningTurn(TimeSpan Pause, string Text);

/// <summary>A scripted conversation of the evening: what kind it is (for the summary), when it starts, and its turns.</summary>
internal sealed record EveningConversation(EveningGuest Guest, string Kind, TimeSpan Start, IReadOnlyList<EveningTurn> Turns);
