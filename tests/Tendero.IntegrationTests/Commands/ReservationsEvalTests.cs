using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Tendero.Cli;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Commands;

/// <summary>
/// <c>tendero eval reservations</c> over the shipped set (data/reservations/conversations.jsonl). The floors are the
/// figures measured when the set was written, rounded down, so the conversation cannot silently get worse.
/// </summary>
public sealed partial class ReservationsEvalTests : IDisposable
{
    private const double Floor = 0.98;

    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
    }

    [Theory]
    [InlineData("offline", false)]
    [InlineData("auto", true)]
    public async Task EvalReservations_ShippedSet_EndsInTheExpectedBookingStateAboveTheFloor(string tier, bool simulate)
    {
        var file = Path.Combine(RepoPaths.Root, "data", "reservations", "conversations.jsonl");
        var root = new RootCommand { EvalCommand.Create(PlainConsole.To(output), PlainConsole.To(errors), environment: _ => null) };
        string[] args = ["eval", "reservations", "--file", file, "--tier", tier, "--businesses", RepoPaths.Businesses, .. simulate ? new[] { "--simulate" } : []];

        Assert.Equal(0, await root.Parse(args).InvokeAsync());

        var m = Score().Match(output.ToString());
        Assert.True(m.Success, output.ToString() + errors);
        var (passed, total) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.True(total >= 60, $"the set has {total} conversations; it must keep at least 60");
        Assert.True((double)passed / total >= Floor, $"{passed}/{total} below the floor of {Floor:P0}:\n{output}");
    }

    [GeneratedRegex(@"(\d+)/(\d+) conversations end in the expected booking")]
    private static partial Regex Score();
}
