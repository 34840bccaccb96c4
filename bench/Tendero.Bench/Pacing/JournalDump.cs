using System.Globalization;
using System.Text;
using Tendero.Simulator;

namespace Tendero.Bench.Pacing;

/// <summary>
/// <c>--dump DIR</c>: the simulator's view of every send (requests.csv: arrival, lane, recipient, status, error code;
/// accepted.csv: acceptance, lane, recipient, provider id, text) and a copy of the server's database (its rows carry
/// the provider id), to trace a shortfall to the rows and requests behind it.
/// </summary>
internal static class JournalDump
{
    public static void Write(string folder, IReadOnlyList<PacedLane> lanes, JournalSnapshot journal, string database)
    {
        Directory.CreateDirectory(folder);
        var csv = new StringBuilder("at,lane,to,http_status,error_code\n");
        foreach (var r in journal.Requests.OrderBy(r => r.At))
        {
            if (lanes.FirstOrDefault(l => l.IsSend(r)) is not { } lane)
            {
                continue;
            }
            var to = r.Fields.GetValueOrDefault("to") ?? r.Fields.GetValueOrDefault("chat_id") ?? r.Fields.GetValueOrDefault("To");
            csv.Append(CultureInfo.InvariantCulture, $"{r.At:O},{lane.Name},{to},{r.HttpStatus},{r.ErrorCode}\n");
        }
        File.WriteAllText(Path.Combine(folder, "requests.csv"), csv.ToString());
        csv.Clear().Append("at,lane,to,provider_id,text\n");
        foreach (var m in journal.OutboundMessages.OrderBy(m => m.AcceptedAt))
        {
            if (lanes.FirstOrDefault(l => l.Owns(m)) is { } lane)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{m.AcceptedAt:O},{lane.Name},{m.To},{m.ProviderId},\"{m.Text}\"\n");
            }
        }
        File.WriteAllText(Path.Combine(folder, "accepted.csv"), csv.ToString());
        File.Copy(database, Path.Combine(folder, "tendero.db"), overwrite: true);
        Console.WriteLine($"Wrote {Path.Combine(folder, "requests.csv")} and a copy of the database");
    }
}
