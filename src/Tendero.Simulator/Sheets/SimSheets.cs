using System.Collections.Concurrent;

namespace Tendero.Simulator.Sheets;

/// <summary>
/// The fake Google Sheets: spreadsheets in memory, the tokens the fake token endpoint issued, the request journal and
/// faults (a 429 for the next N calls, or a per-minute quota like Google's 60 requests per user).
/// </summary>
public sealed class SimSheets(SimSheetsOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SimSpreadsheet> spreadsheets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Email, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<SimSheetsRequest> requests = [];
    private int failNext;
    private TimeSpan failRetryAfter;
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int windowCount;

    public SimSheetsOptions Options => options;

    /// <summary>Seeds the tabs named in the options; called once by the simulator.</summary>
    internal SimSheets Seeded()
    {
        foreach (var (id, tab, headers) in options.Tabs)
        {
            AddTab(id, tab, headers);
        }
        return this;
    }

    internal TimeProvider Time => time;

    /// <summary>Creates (or clears) a tab whose first row holds <paramref name="headers"/>.</summary>
    public void AddTab(string spreadsheetId, string tab, params string[] headers)
    {
        var sheet = spreadsheets.GetOrAdd(spreadsheetId, _ => new SimSpreadsheet());
        lock (sheet.Gate)
        {
            sheet.Tabs[tab] = [headers.Select(h => h.Length == 0 ? SimCell.Empty : new SimCell("text", h, h)).ToList()];
        }
    }

    /// <summary>A copy of a tab's cells, row by row (the header row first).</summary>
    public IReadOnlyList<IReadOnlyList<SimCell>> Cells(string spreadsheetId, string tab)
    {
        var sheet = Find(spreadsheetId) ?? throw new ArgumentException($"No spreadsheet '{spreadsheetId}'.", nameof(spreadsheetId));
        lock (sheet.Gate)
        {
            return sheet.Tab(tab).Select(r => (IReadOnlyList<SimCell>)r.ToList()).ToList();
        }
    }

    public IReadOnlyList<string> TabNames(string spreadsheetId) => Find(spreadsheetId) is { } s ? [.. s.Tabs.Keys] : [];

    /// <summary>Every values-API request, oldest first (those refused with 429 included).</summary>
    public IReadOnlyList<SimSheetsRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The next <paramref name="count"/> values-API calls answer 429 with this Retry-After.</summary>
    public void FailNext(int count, TimeSpan retryAfter)
    {
        lock (gate)
        {
            (failNext, failRetryAfter) = (count, retryAfter);
        }
    }

    public int TokensIssued => tokens.Count;

    internal SimSpreadsheet? Find(string id) => spreadsheets.GetValueOrDefault(id);

    internal string Issue(string email)
    {
        var token = "ya29.sim-" + Guid.NewGuid().ToString("N");
        tokens[token] = (email, time.GetUtcNow() + options.TokenLifetime);
        return token;
    }

    internal bool IsValid(string token) => tokens.TryGetValue(token, out var t) && t.Expires > time.GetUtcNow();

    /// <summary>Records a call; returns the Retry-After of a 429 when a fault or the quota refuses it.</summary>
    internal TimeSpan? Admit(string method, string kind, string spreadsheetId, string detail)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            TimeSpan? refuse = null;
            if (failNext > 0)
            {
                failNext--;
                refuse = failRetryAfter;
            }
            else if (options.RequestsPerMinute is { } limit)
            {
                if (now - windowStart >= TimeSpan.FromMinutes(1))
                {
                    (windowStart, windowCount) = (now, 0);
                }
                if (++windowCount > limit)
                {
                    var left = windowStart + TimeSpan.FromMinutes(1) - now;
                    refuse = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(left.TotalSeconds)));
                }
            }
            requests.Add(new SimSheetsRequest(now, method, kind, spreadsheetId, detail, refuse is null ? 200 : 429));
            return refuse;
        }
    }
}

/// <summary>One call to the fake values API: <paramref name="Kind"/> is get, batchGet, append or batchUpdate.</summary>
public sealed record SimSheetsRequest(DateTimeOffset At, string Method, string Kind, string SpreadsheetId, string Detail, int Status);
