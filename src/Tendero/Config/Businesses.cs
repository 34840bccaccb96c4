namespace Tendero.Config;

/// <summary>The loaded businesses, by id. Immutable after start.</summary>
public sealed class Businesses(IReadOnlyList<BusinessConfig> all)
{
    private readonly Dictionary<string, BusinessConfig> byId = all.ToDictionary(b => b.Id, StringComparer.Ordinal);

    public IReadOnlyList<BusinessConfig> All { get; } = all;

    public BusinessConfig? Find(string id) => byId.GetValueOrDefault(id);
}
