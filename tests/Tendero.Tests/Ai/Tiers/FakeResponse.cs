using System.ClientModel.Primitives;
using System.Diagnostics.CodeAnalysis;

namespace Tendero.Tests.Ai.Tiers;

/// <summary>A canned HTTP answer for building the OpenAI SDK's <c>ClientResultException</c> without a server.</summary>
internal sealed class FakeResponse(int status, string body, params (string Name, string Value)[] headers) : PipelineResponse
{
    private readonly FakeHeaders headers = new(headers);

    public override int Status => status;

    public override string ReasonPhrase => "";

    public override Stream? ContentStream { get; set; }

    public override BinaryData Content => BinaryData.FromString(body);

    protected override PipelineResponseHeaders HeadersCore => headers;

    public override BinaryData BufferContent(CancellationToken cancellationToken = default) => Content;

    public override ValueTask<BinaryData> BufferContentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Content);

    public override void Dispose()
    {
    }

    private sealed class FakeHeaders((string Name, string Value)[] values) : PipelineResponseHeaders
    {
        public override bool TryGetValue(string name, out string? value)
        {
            value = values.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
            return value is not null;
        }

        public override bool TryGetValues(string name, [NotNullWhen(true)] out IEnumerable<string>? result)
        {
            result = values.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
            return result.Any();
        }

        public override IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
            values.Select(h => KeyValuePair.Create(h.Name, h.Value)).GetEnumerator();
    }
}
