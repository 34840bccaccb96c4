namespace Tendero.Simulator;

/// <summary>
/// How one virtual person reacts, set per address with <see cref="ProviderSimulator.SetBehaviour"/>, in
/// <see cref="SimulatorOptions.People"/> or with <c>PUT /_sim/people/{address}</c>. A person with a behaviour does exactly
/// what it says, deterministically; the probabilities of <see cref="SimBehaviour"/> are for everyone else.
/// The outcome of a message or call is decided when the provider accepts it, so a change applies to later sends.
/// </summary>
public sealed record SimPersonBehaviour
{
    /// <summary>WhatsApp read receipts. Default <see cref="SimRead.After"/>.</summary>
    public SimRead Read { get; init; } = SimRead.After;

    /// <summary>From <c>delivered</c> to <c>read</c>. Default zero.</summary>
    public TimeSpan ReadDelay { get; init; }

    /// <summary>
    /// Text sent back on the channel each message came on (WhatsApp, Telegram, SMS); null = never replies. On WhatsApp a
    /// person replies only to messages they read, <see cref="ReplyDelay"/> after the read; on SMS after delivery (not after
    /// an undelivered one); on Telegram after the send.
    /// </summary>
    public string? ReplyText { get; init; }

    /// <summary>How long the reply takes. Default zero.</summary>
    public TimeSpan ReplyDelay { get; init; }

    /// <summary>When true, presses the first callback button of each Telegram message with an inline keyboard.</summary>
    public bool PressButton { get; init; }

    /// <summary>From the send to the press. Default zero.</summary>
    public TimeSpan ButtonDelay { get; init; }

    /// <summary>What the person does with a call. Default <see cref="SimCallAnswer.Silent"/>, the simulator's behaviour before people existed.</summary>
    public SimCallAnswer AnswerCall { get; init; } = SimCallAnswer.Silent;

    /// <summary>DTMF keys pressed with <see cref="SimCallAnswer.PressDigits"/>: 1 to 20 of 0-9, * and #. Default "1".</summary>
    public string Digits { get; init; } = "1";

    /// <summary>From the call connecting to the keypress. Default zero.</summary>
    public TimeSpan AnswerDelay { get; init; }
}
