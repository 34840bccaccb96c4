using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>The schema walker on a small hand-written document, one keyword at a time.</summary>
public sealed class SchemaCheckerTests
{
    private static readonly OpenApiContract Contract = new(JsonDocument.Parse("""
        {"openapi":"3.1.0","paths":{},"components":{"schemas":{
          "Nullable30":{"type":"string","nullable":true},
          "Nullable31":{"type":["string","null"]},
          "Tree":{"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/components/schemas/Tree"}}}},
          "LoopA":{"allOf":[{"$ref":"#/components/schemas/LoopB"}]},
          "LoopB":{"allOf":[{"$ref":"#/components/schemas/LoopA"}],"required":["id"]},
          "Base":{"type":"object","required":["to"],"properties":{"to":{"type":"string"},"type":{"type":"string"}}},
          "Text":{"allOf":[{"$ref":"#/components/schemas/Base"},
            {"type":"object","additionalProperties":false,"properties":{"type":{"enum":["text"]},"text":{"type":"string","maxLength":3}}}]},
          "Pin":{"type":"object","properties":{"lat":{"type":"number","minimum":-90,"maximum":90},"code":{"type":"string","pattern":"^[0-9]{4}$"}}},
          "Either":{"oneOf":[{"type":"object","required":["id"]},{"type":"object","required":["link"],"properties":{"link":{"type":"string"}}}]},
          "Tagged":{"oneOf":[{"$ref":"#/components/schemas/Text"}],"discriminator":{"propertyName":"type","mapping":{"text":"#/components/schemas/Text"}}},
          "Closed":{"type":"object","additionalProperties":{"type":"integer"}}
        }}}
        """).RootElement.Clone(), checkPatterns: true);

    [Theory]
    [InlineData("Nullable30")]
    [InlineData("Nullable31")]
    public void ValidateSchema_NullWhereNullable_Passes(string schema) => Assert.Empty(Check(schema, "null"));

    [Fact]
    public void ValidateSchema_NullWhereNotNullable_ReportsType() =>
        Assert.Equal(["body: expected object, got null"], Check("Tree", "null"));

    [Fact]
    public void ValidateSchema_RecursiveSchema_ChecksEveryLevel() =>
        Assert.Equal(["body.children[0].children[0].name: expected string, got integer"],
            Check("Tree", """{"name":"a","children":[{"children":[{"name":1}]}]}"""));

    [Fact]
    public void ValidateSchema_RefCycle_Terminates() => Assert.Equal(["body.id: required property missing"], Check("LoopA", "{}"));

    [Fact]
    public void ValidateSchema_ClosedAllOfPart_AllowsSiblingPartProperties() =>
        Assert.Empty(Check("Text", """{"to":"1","type":"text","text":"abc"}"""));

    [Fact]
    public void ValidateSchema_ClosedAllOfPart_RejectsOtherProperties() =>
        Assert.Equal(["body.extra: unknown property"], Check("Text", """{"to":"1","type":"text","extra":1}"""));

    [Fact]
    public void ValidateSchema_EmojiWithinMaxLength_CountsCodePoints() => Assert.Empty(Check("Text", """{"to":"1","text":"👍👍👍"}"""));

    [Fact]
    public void ValidateSchema_OutOfBoundsAndPattern_ReportsBoth() =>
        Assert.Equal(["body.lat: 91 is over maximum 90", "body.code: '12a4' does not match pattern ^[0-9]{4}$"],
            Check("Pin", """{"lat":91,"code":"12a4"}"""));

    [Fact]
    public void ValidateSchema_OneOfNoneMatching_ShowsClosestAlternative() =>
        Assert.Equal(["body: matches none of the 2 oneOf alternatives; the closest fails with:", "body.link: expected string, got integer"],
            Check("Either", """{"link":1}"""));

    [Fact]
    public void ValidateSchema_DiscriminatorWithUnknownTag_ListsTags() =>
        Assert.Equal(["body.type: 'image' is not one of [text]"], Check("Tagged", """{"to":"1","type":"image"}"""));

    [Fact]
    public void ValidateSchema_AdditionalPropertiesSchema_ChecksExtraValues() =>
        Assert.Equal(["body.b: expected integer, got string"], Check("Closed", """{"a":1,"b":"2"}"""));

    private static IReadOnlyList<string> Check(string schema, string json) => Contract.ValidateSchema(schema, JsonNode.Parse(json));
}
