using System.Text.RegularExpressions;
using Tendero.Simulator;

namespace Tendero.Cli.Demo.Evening;

/// <summary>What the evening's guests managed: messages said, those accepted by our webhooks, refusals, and the alternatives they were offered.</summary>
internal sealed record EveningPlayed(int Said, int Accepted, IReadOnlyList<string> Refused, int AlternativesOffered, int Unanswered);

/// <summary>
/// Plays the evening's conversations as their guests would: each waits for its start on the demo's clock, says a turn,
/// waits for the restaurant's answer (real seconds at most), pauses, and says the next. A guest who was offered other
/// times answers with the first of them.
/// </summary>
internal sealed partial class EveningPlayer(ProviderSimulator simulator, TimeProvider clock, DateTimeOffset evening)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private int accepted;
    private int offered;
    private int unanswered;
    private readonly System.Collections.Concurrent.ConcurrentBag<string> refused = [];

    [GeneratedRegex(@"\b([01]?\d|2[0-3]):([0-5]\d)(\s*[ap]\.?\s?m\b\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

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
            string? lastAnswer = null;
            for (var i = 0; i < c.Turns.Count; i++)
            {
                var turn = c.Turns[i];
                if (i > 0)
                {
                    await Task.Delay(turn.Pause, clock, token);
                }
                var text = turn.Text;
                if (text.Contains("{alt}", StringComparison.Ordinal))
                {
                    var alternative = FirstTimeOffered(lastAnswer);
                    if (alternative is null)
                    {
                        break; // the slot was not full after all: the booking stands, nothing to pick
                    }
                    Interlocked.Increment(ref offered);
                    text = text.Replace("{alt}", alternative, StringComparison.Ordinal);
                }
                var before = AnswersTo(c.Guest).Count;
                await SayAsync(c.Guest, text, token);
                progress?.Report(Interlocked.Increment(ref said));
                if (i < c.Turns.Count - 1)
                {
                    lastAnswer = await AnswerAfterAsync(c.Guest, before, token);
                    if (lastAnswer is null)
                    {
                        Interlocked.Increment(ref unanswered);
                    }
                }
            }
        });
        return new EveningPlayed(said, accepted, refused.ToList(), offered, unanswered); // a guest with no alternative to take says less than scripted
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
        var start = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(start) < AnswerTimeout)
        {
            var answers = AnswersTo(guest);
            if (answers.Count > before)
            {
                // An answer can come in two messages; give the second a moment.
                await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, ct);
                return string.Join("\n", AnswersTo(guest).Skip(before));
            }
            await Task.Delay(Poll, TimeProvider.System, ct);
        }
        return null;
    }

    /// <summary>
    /// The first time of day in the answer other than the one asked for (the nearest alternative the restaurant
    /// offered), as HH:mm; null when the answer offers none (the booking went through).
    /// </summary>
    internal static string? FirstTimeOffered(string? answer, string asked = "20:00")
    {
        if (answer is null)
        {
            return null;
        }
        return TimeOfDay().Matches(answer)
            .Select(m => $"{Hour(m):00}:{m.Groups[2].Value}")
            .FirstOrDefault(t => t != asked);
    }

    private static int Hour(Match m)
    {
        var hour = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var pm = m.Groups[3].Value.Trim().StartsWith('p') || m.Groups[3].Value.Trim().StartsWith('P');
        return pm && hour < 12 ? hour + 12 : hour;
    }
}
