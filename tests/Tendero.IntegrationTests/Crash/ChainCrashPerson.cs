namespace Tendero.IntegrationTests.Crash;

/// <summary>A staff member of the test business: one phone number for WhatsApp, SMS and voice, and a Telegram chat.</summary>
internal sealed record ChainCrashPerson(string Id, string Phone, long Chat, ChainCrashGroup Group)
{
    /// <summary><paramref name="perGroup"/> people per group, interleaved, so every group starts chains all through the run.</summary>
    public static IReadOnlyList<ChainCrashPerson> Create(int perGroup) =>
        Enumerable.Range(0, perGroup * ChainCrashGroup.All.Count)
            .Select(i => new ChainCrashPerson($"crash-{i:D3}", $"+5076{i:D7}", 720_000_000L + i, ChainCrashGroup.All[i % ChainCrashGroup.All.Count]))
            .ToList();
}
