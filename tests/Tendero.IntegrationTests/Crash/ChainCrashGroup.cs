using Tendero.Simulator;

namespace Tendero.IntegrationTests.Crash;

/// <summary>
/// One way people treat an alert of the <c>fast-alert</c> policy, and so where their chains must end. The steps are
/// 0 notify whatsapp, 1 wait until read, 2 notify telegram, 3 wait until replied, 4 notify sms, 5 wait until acked
/// (critical only), 6 notify voice, and 7 the listening after the last notify. <see cref="History"/> is the chain's whole
/// history, in order, as "step kind outcome [channel]". <see cref="AnswerStep"/> is the notify step whose wait the person's
/// answer must meet, for answers that can be made before the kill; null when they all come after the restart.
/// </summary>
internal sealed record ChainCrashGroup(
    string Name, bool Critical, SimPersonBehaviour Phone, SimPersonBehaviour Chat, string Outcome, int FinalStep, IReadOnlyList<string> History,
    int? AnswerStep = null)
{
    private static readonly SimPersonBehaviour Ignores = new() { Read = SimRead.Never };

    private static readonly string[] UpToSms =
        ["0 notify queued whatsapp", "1 wait timeout", "2 notify queued telegram", "3 wait timeout", "4 notify queued sms"];

    public static IReadOnlyList<ChainCrashGroup> All { get; } =
    [
        new("reads-whatsapp", false, new SimPersonBehaviour { ReadDelay = TimeSpan.FromSeconds(0.5) }, Ignores,
            "read", 2, ["0 notify queued whatsapp", "1 wait read", "2 end read"], AnswerStep: 0),
        new("presses-telegram-button", false, Ignores, new SimPersonBehaviour { Read = SimRead.Never, PressButton = true, ButtonDelay = TimeSpan.FromSeconds(0.5) },
            "acked", 3, ["0 notify queued whatsapp", "1 wait timeout", "2 notify queued telegram", "3 end acked"], AnswerStep: 2),
        // WhatsApp replies need a read, so with reads off this person answers only the SMS.
        new("replies-1-by-sms", true, new SimPersonBehaviour { Read = SimRead.Never, ReplyText = "1" }, Ignores,
            "acked", 5, [.. UpToSms, "5 end acked"]),
        new("presses-1-on-the-call", true, new SimPersonBehaviour { Read = SimRead.Never, AnswerCall = SimCallAnswer.PressDigits, Digits = "1" }, Ignores,
            "acked", 7, [.. UpToSms, "5 wait timeout", "6 notify queued voice", "7 end acked"]),
        // Not critical: it still listens through the critical-only wait, then stops before the call.
        new("ignores-everything", false, Ignores, Ignores,
            "unanswered", 6, [.. UpToSms, "5 wait timeout", "6 end unanswered"]),
    ];

    /// <summary>
    /// Where a chain ends when its person's answer reached the server only after the wait (made while it was down, it
    /// came with the provider's retry): as if they ignored everything. Both groups that answer early are not critical.
    /// </summary>
    public static ChainCrashGroup Late => All[^1];

    /// <summary>
    /// Where a chain may end when this group's answer came late: unanswered; or, for the Telegram button (an ack counts
    /// at any step), acked while the chain still listens after its SMS.
    /// </summary>
    public IReadOnlyList<ChainCrashGroup> LateEndings => Name == "presses-telegram-button"
        ? [Late, this with { Outcome = "acked", FinalStep = 5, History = [.. UpToSms, "5 end acked"] }]
        : [Late];

    /// <summary>The channels this group's chains notify, in step order.</summary>
    public IReadOnlyList<string> Channels =>
        History.Where(h => h.Contains(" notify ", StringComparison.Ordinal)).Select(h => h.Split(' ')[^1]).ToList();
}
