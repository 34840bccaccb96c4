using Tendero.Ai.Templates;
using Tendero.Config;

namespace Tendero.Tests.Ai.Templates;

/// <summary>What makes a model's fill of a template acceptable.</summary>
public sealed class FillCheckTests
{
    internal static readonly WhatsAppTemplate StockAlert = new("stock-alert", "stock_alert", "es", "utility", ["item", "quantity"]);

    internal const string Text = "Quedan 3 kg de pollo (mínimo 10 kg). Precio 1,200.50";

    internal static readonly IReadOnlyDictionary<string, string> Data = new Dictionary<string, string> { ["item"] = "pollo", ["quantity"] = "3 kg" };

    private static bool Valid(string answer, SmsPolicy? sms = null) => FillCheck.Check(answer, StockAlert, Text, Data, sms ?? new SmsPolicy()).Valid;

    private static string? Problem(string answer, SmsPolicy? sms = null) => FillCheck.Check(answer, StockAlert, Text, Data, sms ?? new SmsPolicy()).Problem;

    [Fact]
    public void Check_RightCountKnownNumbersShortSms_IsValid() =>
        Assert.True(Valid("""{"parameters":["pollo","3 kg"],"sms":"Quedan 3 kg de pollo; mínimo 10 kg. Precio 1200.50"}"""));

    [Theory]
    [InlineData("""{"parameters":["pollo"],"sms":"Quedan 3 kg"}""", "takes 2 parameters, not 1")]
    [InlineData("""{"parameters":["pollo","3 kg","x"],"sms":"Quedan 3 kg"}""", "takes 2 parameters, not 3")]
    [InlineData("""{"parameters":["pollo"," "],"sms":"Quedan 3 kg"}""", "parameter 2 (quantity) is empty")]
    [InlineData("""{"parameters":["pollo","3\nkg"],"sms":"Quedan 3 kg"}""", "new line")]
    [InlineData("""{"parameters":["pollo","3 kg"],"sms":""}""", "the sms is empty")]
    [InlineData("""{"parameters":["pollo","3 kg"]}""", "not an object with a parameters list")]
    [InlineData("""{"parameters":["pollo",3],"sms":"x"}""", "every parameter must be a string")]
    [InlineData("Claro: pollo, 3 kg", "not JSON")]
    public void Check_BadShape_IsInvalidWithTheReason(string answer, string problem) =>
        Assert.Contains(problem, Problem(answer));

    [Theory]
    [InlineData("""{"parameters":["pollo","4 kg"],"sms":"Quedan 3 kg"}""", "4")]
    [InlineData("""{"parameters":["pollo","3 kg"],"sms":"Quedan 3 kg, pedir 20 kg"}""", "20")]
    [InlineData("""{"parameters":["pollo","3 kg"],"sms":"Quedan 3.5 kg"}""", "3.5")]
    [InlineData("""{"parameters":["pollo","3 kg"],"sms":"Precio 1,300.50"}""", "1,300.50")]
    public void Check_NumberTheAlertDoesNotState_IsInvalid(string answer, string invented) =>
        Assert.Equal($"states numbers the alert does not: {invented}", Problem(answer));

    [Fact]
    public void Check_SmsOverTheSegmentBudget_IsInvalid()
    {
        var sms = "Quedan 3 kg de pollo. " + new string('a', 150);

        Assert.True(Valid($$"""{"parameters":["pollo","3 kg"],"sms":"{{sms}}"}""", new SmsPolicy(MaxSegments: 2)));
        Assert.Equal("the sms takes 2 segments; at most 1 are allowed", Problem($$"""{"parameters":["pollo","3 kg"],"sms":"{{sms}}"}""", new SmsPolicy(MaxSegments: 1)));
    }

    [Fact]
    public void Check_AnswerInACodeFence_IsRead() =>
        Assert.True(Valid("```json\n{\"parameters\":[\"pollo\",\"3 kg\"],\"sms\":\"Quedan 3 kg\"}\n```"));

    [Fact]
    public void RuleFill_FillsByNameAndFitsTheSms()
    {
        var template = StockAlert with { Parameters = ["item", "text", "missing"] };
        var text = "Quedan 3 kg de pollo.\nRevisar " + new string('x', 200);

        var (parameters, sms) = RuleFill.Fill(template, text, Data, new SmsPolicy(MaxSegments: 1));

        Assert.Equal(["pollo", "Quedan 3 kg de pollo. Revisar " + new string('x', 200), "Quedan 3 kg de pollo. Revisar " + new string('x', 200)], parameters);
        Assert.EndsWith("...", sms);
        Assert.Equal(1, Tendero.Core.SmsText.Measure(sms).Segments);
    }
}
