using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Turns a YAML document into JSON, keeping scalar types as YAML 1.2's core schema resolves them:
/// plain <c>true</c>, <c>42</c>, <c>4.5</c>, <c>null</c> become JSON booleans, numbers and null, while
/// quoted scalars (<c>'200'</c>, <c>"true"</c>) stay strings. Without this an enum of numbers or a
/// <c>nullable: true</c> would silently turn into strings.
/// </summary>
internal static partial class YamlToJson
{
    public static JsonElement Load(string path)
    {
        using var reader = File.OpenText(path);
        return Convert(reader);
    }

    public static JsonElement Convert(TextReader yaml)
    {
        var parser = new Parser(yaml);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            parser.Consume<StreamStart>();
            parser.Consume<DocumentStart>();
            WriteNode(parser, writer);
            writer.Flush();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void WriteNode(IParser parser, Utf8JsonWriter writer)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            WriteScalar(scalar, writer);
        }
        else if (parser.TryConsume<MappingStart>(out _))
        {
            writer.WriteStartObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                writer.WritePropertyName(parser.Consume<Scalar>().Value);
                WriteNode(parser, writer);
            }

            writer.WriteEndObject();
        }
        else if (parser.TryConsume<SequenceStart>(out _))
        {
            writer.WriteStartArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                WriteNode(parser, writer);
            }

            writer.WriteEndArray();
        }
        else
        {
            // The contract files use no anchors or aliases; fail loudly if one ever appears.
            throw new NotSupportedException($"Unsupported YAML event {parser.Current} at {parser.Current?.Start}.");
        }
    }

    private static void WriteScalar(Scalar scalar, Utf8JsonWriter writer)
    {
        var text = scalar.Value;
        var quotedOrTagged = scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty;
        if (quotedOrTagged)
        {
            writer.WriteStringValue(text);
        }
        else if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            writer.WriteNullValue();
        }
        else if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(text[0] is 't' or 'T');
        }
        else if (IntegerPattern().IsMatch(text) || FloatPattern().IsMatch(text))
        {
            // Raw digits keep integers integral and large numbers exact.
            writer.WriteRawValue(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
                .ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
