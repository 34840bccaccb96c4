using System.Text.RegularExpressions;
using Tendero.Simulator;

namespace Tendero.Cli.Demo.Evening;

/// <summary>What the evening's guests managed: messages said, those accepted by our webhooks, refusals, and the alternatives they were offered.</summary>
internal sealed record EveningPlayed(int Said, int Accepted, IReadOnlyList<string> Refused, int AlternativesOffered, int Unanswered)
{
    /// <summary>How the guests booked before the day answered their reminders.</summary>
    public RemindersAnswered? Reminders { get; init; }
}

/// <summary>
/// Plays the evening's conversations as their guests would: each waits for its start on the demo's clock, says a turn,
/// waits for the restaurant's answer (real seconds at most), pauses, and says the next. A guest who is offered other
/// times takes the first (and confirms it, when asked).
/// </summary>
internal sealed partial class EveningPlayer(ProviderSimulator simulator, TimeProvider clock, DateTimeOffset evening)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    private int accepted;
    private int offered;
    private int unanswered;
    private readonly System.Collections.Concurrent.ConcurrentBag<string> refused = [];

    // The book's replies (Replies.Book.cs): "…; tenemos 18:00, 17:30 o 17:00. ¿Te sirve alguna?", "Which works for you: …".
    [GeneratedRegex(@"¿Te sirve|¿Cuál te sirve|Would (?:that|one of those) work\?|Which works for you", RegexOptions.IgnoreCase)]
    private static partial Regex AlternativesQuestion();

    public async Task<EveningPlayed> PlayAsync(IReadOnlyList<EveningConversation> conversations, IProgress<int>? progress, CancellationToken ct)
    {
        var said = 0;
        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = ct }, async (c, token) =>
        {
            var wait = evening + c.Start - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, token);
            }
            async Task<string?> TurnAsync(string text)
            {
                var before = AnswersTo(c.Guest).Count;
                await SayAsync(c.Guest, text, token);
                progress?.Report(Interlocked.Increment(ref said));
                var answer = await AnswerAfterAsync(c.Guest, before, token);
                if (answer is null)
                {
                    Interlocked.Increment(ref unanswered);
                }
                return answer;
            }
            var es = c.Guest.Language == "es";
            var picked = false;
            for (var i = 0; i < c.Turns.Count; i++)
            {
                if (i > 0)
                {
                    await Task.Delay(c.Turns[i].Pause, clock, token);
                }
                var answer = await TurnAsync(c.Turns[i].Text);
                // Refused a time, a guest takes the first one offered (once: if that goes too, they give up); the pick books it.
                if (!picked && OffersAlternatives(answer))
                {
                    picked = true;
                    Interlocked.Increment(ref offered);
                    await Task.Delay(TimeSpan.FromMinutes(1), clock, token);
                    answer = await TurnAsync(es ? "la primera, por favor" : "the first one, please");
                    if (answer is not null && (answer.Contains("¿Confirmo?", StringComparison.Ordinal) || answer.Contains("Shall I confirm?", StringComparison.Ordinal)))
                    {
                        await Task.Delay(TimeSpan.FromMinutes(1), clock, token);
                        answer = await TurnAsync(es ? "sí, confirmo" : "yes please");
                    }
                }
            }
        });
        return new EveningPlayed(said, accepted, refused.ToList(), offered, unanswered);
    }

    private async Task SayAsync(EveningGuest guest, string text, CancellationToken ct)
    {
        var message = new ScriptedMessage(guest.Channel, guest.Account, guest.From, guest.To, guest.Name, guest.Language, text, TimeSpan.Zero);
        var result = await simulator.Customers.SendAsync(message, ct);
        if (result.HttpStatus is >= 200 and < 300)
        {
            Interlocked.Increment(ref accepted);
        }
        else
        {
            refused.Add($"{guest.Channel} {guest.From}: HTTP {result.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}");
        }
    }

    /// <summary>The restaurant's answers to this guest so far (texts, oldest first).</summary>
    private List<string> AnswersTo(EveningGuest guest) =>
        simulator.Journal.OutboundMessages(guest.Channel)
            .Where(m => new string(m.To.Where(char.IsAsciiDigit).ToArray()) == guest.Digits)
            .Select(m => m.Text ?? "")
            .ToList();

    /// <summary>Waits (real time) for an answer after the first <paramref name="before"/>; all of them joined, or null when none came.</summary>
    private async Task<string?> AnswerAfterAsync(EveningGuest guest, int before, CancellationToken ct)
    {
        if (!await RealTime.UntilAsync(() => AnswersTo(guest).Count > before, AnswerTimeout, ct))
        {
            return null;
        }
        // An answer can come in two messages; give the second a moment.
        await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, ct);
        return string.Join("\n", AnswersTo(guest).Skip(before));
    }

    /// <summary>Whether the restaurant's answer offers other times to choose from (the slot asked for was full or closed).</summary>
    internal static bool OffersAlternatives(string? answer) =>
        answer is not null && AlternativesQuestion().IsMatch(answer);
}
