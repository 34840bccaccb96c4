using System.Text.Json;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>The default answer for a schema: the smallest value it accepts, walked by type, enum, nullability, bounds and $ref.</summary>
public sealed class SchemaInstanceTests
{
    [Fact]
    public void Build_EnumsNestedObjectsRefsAndBounds_SmallestValidInstance()
    {
        using var schema = JsonDocument.Parse("""
            {
              "type": "object",
              "properties": {
                "intent": { "type": "string", "enum": ["book", "cancel", "other"] },
                "confidence": { "type": "number", "minimum": 0, "maximum": 1 },
                "party": { "type": "integer", "minimum": 1 },
                "date": { "type": "string", "format": "date" },
                "note": { "type": ["string", "null"] },
                "name": { "type": "string", "minLength": 2 },
                "slot": { "$ref": "#/$defs/Slot" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "pair": { "type": "array", "items": { "type": "boolean" }, "minItems": 2 },
                "maybe": { "anyOf": [{ "type": "integer" }, { "type": "null" }] },
                "legacy": { "type": "string", "nullable": true }
              },
              "required": ["intent", "extra"],
              "$defs": {
                "Slot": { "type": "object", "properties": { "kind": { "const": "time" }, "at": { "type": "object", "properties": { "hour": { "type": "integer" } } } } }
              }
            }
            """);

        var instance = SchemaInstance.Build(schema.RootElement)!.ToJsonString();

        Assert.Equal("""
            {"intent":"book","confidence":0,"party":1,"date":"2000-01-01","note":null,"name":"aa","slot":{"kind":"time","at":{"hour":0}},"tags":[],"pair":[false,false],"maybe":null,"legacy":null,"extra":null}
            """.Trim(), instance);
    }

    [Fact]
    public void Default_JsonModeAndText_BracesAndAPlainSentence()
    {
        ModelAsk Ask(ModelAnswerFormat format) => new(SimModelProvider.OpenAi, "m", null, [new ModelAskMessage("user", "hola")], null, null, format);

        Assert.Equal("{}", ModelCallFlow.Default(Ask(ModelAnswerFormat.JsonObject)));
        Assert.Equal("Understood.", ModelCallFlow.Default(Ask(ModelAnswerFormat.Text)));
    }

    [Theory]
    [InlineData("""{"intent":"book","party":4}""")]
    [InlineData("{}")]
    [InlineData("12")]
    [InlineData("null")]
    public void Malformed_AnyAnswer_NoLongerParses(string answer)
    {
        var malformed = ModelCallFlow.Malformed(answer);

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(malformed));
    }
}
