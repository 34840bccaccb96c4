using System.Text.Json;

namespace Tendero.Tests.Contracts;

public sealed class YamlToJsonTests
{
    private static readonly JsonElement Converted = YamlToJson.Convert(new StringReader("""
        openapi: 3.1.0
        flag: true
        quoted_flag: 'true'
        count: 42
        quoted_count: "42"
        ratio: 37.758056
        nothing: null
        tilde: ~
        '200':
          items: [a, 'b', 3]
        text: |
          two
          lines
        """));

    [Theory]
    [InlineData("openapi", JsonValueKind.String)]
    [InlineData("flag", JsonValueKind.True)]
    [InlineData("quoted_flag", JsonValueKind.String)]
    [InlineData("count", JsonValueKind.Number)]
    [InlineData("quoted_count", JsonValueKind.String)]
    [InlineData("ratio", JsonValueKind.Number)]
    [InlineData("nothing", JsonValueKind.Null)]
    [InlineData("tilde", JsonValueKind.Null)]
    [InlineData("text", JsonValueKind.String)]
    public void Convert_Scalar_KeepsItsYamlType(string key, JsonValueKind expected) =>
        Assert.Equal(expected, Converted.GetProperty(key).ValueKind);

    [Fact]
    public void Convert_Numbers_KeepTheirValue()
    {
        Assert.Equal(42, Converted.GetProperty("count").GetInt64());
        Assert.Equal(37.758056m, Converted.GetProperty("ratio").GetDecimal());
    }

    [Fact]
    public void Convert_QuotedKeyAndFlowSequence_BecomeNameAndArray() =>
        Assert.Equal("""["a","b",3]""", Converted.GetProperty("200").GetProperty("items").GetRawText());
}
