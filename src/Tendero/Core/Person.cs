namespace Tendero.Core;

/// <summary>
/// Someone alerts go to: a member of staff from the business file, or a contact put through the API.
/// One address per channel; a channel a person lacks is skipped by a chain.
/// </summary>
public sealed record Person(string Id, string? Name, string Language, QuietHours? QuietHours, IReadOnlyDictionary<ChannelKind, string> Addresses)
{
    public string? AddressOn(ChannelKind channel) => Addresses.TryGetValue(channel, out var value) ? value : null;
}
