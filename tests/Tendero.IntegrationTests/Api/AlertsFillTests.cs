using System.Text.Json;
using Dapper;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Api;

/// <summary>An alert's WhatsApp template parameters and SMS version are written by the fast tier (the simulator's fake Groq) when it starts.</summary>
public sealed class AlertsFillTests : AlertsApiTest
{
    [Fact]
    public async Task StartAlert_PolicyWithATemplate_FastTierFillsTheParametersAndTheSmsIntoTheChainsData()
    {
        var id = await StartAsync(new
        {
            to = "maria", policy = "stock-alert", critical = true, text = "Quedan 2 kg de tomate y 3 de cebolla", data = new { item = "tomate", kg = 2 },
        });

        var database = App.Get<IDatabase>();
        var data = JsonDocument.Parse(await database.ReadAsync(c => c.ExecuteScalarAsync<string>("SELECT data FROM chains WHERE id = @id", new { id }), default)
            ?? "{}").RootElement;
        Assert.Equal(("tomate", "2", "fast"), (data.GetProperty("item").GetString(), data.GetProperty("kg").GetString(), data.GetProperty("_filled_by").GetString()));
        Assert.Equal("Quedan 2 kg de tomate y 3 de cebolla", data.GetProperty("_template.1").GetString());
        Assert.False(string.IsNullOrWhiteSpace(data.GetProperty("_sms").GetString()));
        var call = await database.ReadAsync(c => c.QuerySingleAsync<(string Tier, string Purpose, long Amount)>(
            "SELECT tier, purpose, amount_micros FROM model_calls WHERE business_id = 'la-fonda'"), default);
        Assert.Equal(("fast", "fill_template"), (call.Tier, call.Purpose));
        Assert.True(call.Amount > 0);
    }
}
