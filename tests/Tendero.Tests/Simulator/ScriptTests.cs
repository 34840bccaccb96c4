using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

public sealed class ScriptTests
{
    private static SimulatorOptions Options()
    {
        var options = new SimulatorOptions();
        options.WhatsApp.Add(new SimWhatsAppAccount { PhoneNumberId = "1", AccessToken = "a", AppSecret = "s" });
        options.Telegram.Add(new SimTelegramBot { Token = "123:abc" });
        options.Twilio.Add(new SimTwilioAccount { AccountSid = "AC1", AuthToken = "t", PhoneNumbers = ["+15005550006"] });
        return options;
    }

    [Fact]
    public void Script_SameSeed_GivesTheSameBurst() =>
        Assert.Equal(VirtualCustomers.Script(40, 7, Options()), VirtualCustomers.Script(40, 7, Options()));

    [Fact]
    public void Script_OtherSeed_GivesAnotherBurst() =>
        Assert.NotEqual(VirtualCustomers.Script(40, 7, Options()).Select(m => m.Text), VirtualCustomers.Script(40, 8, Options()).Select(m => m.Text));

    [Fact]
    public void Script_ManyMessages_SpansChannelsLanguagesAndAccents()
    {
        var burst = VirtualCustomers.Script(60, 3, Options(), TimeSpan.FromSeconds(30));

        Assert.Equal(60, burst.Count);
        Assert.Equal([SimProvider.WhatsApp, SimProvider.Telegram, SimProvider.Twilio], burst.Select(m => m.Channel).Distinct().Order());
        Assert.Equal(["en", "es"], burst.Select(m => m.LanguageCode).Distinct().Order());
        Assert.Contains(burst, m => m.Text.Any(c => "áéíóúñ¿¡".Contains(c, StringComparison.Ordinal)));
        Assert.All(burst.Where(m => m.Channel == SimProvider.Twilio), m => Assert.Matches(@"^\+5076\d{7}$", m.From));
        Assert.All(burst.Where(m => m.Channel == SimProvider.WhatsApp), m => Assert.Matches(@"^5076\d{7}$", m.From));
        Assert.All(burst.Where(m => m.Channel == SimProvider.Telegram), m => Assert.True(long.Parse(m.From, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Equal(burst.Select(m => m.At).Order(), burst.Select(m => m.At));
        Assert.All(burst, m => Assert.InRange(m.At, TimeSpan.Zero, TimeSpan.FromSeconds(30)));
        Assert.Contains(burst.GroupBy(m => m.From), g => g.Count() > 1);
    }

    [Fact]
    public async Task SendAsync_ScriptedMessages_ReachTheServerOnEveryChannel()
    {
        await using var h = await SimHarness.StartAsync();
        var options = new SimulatorOptions();
        options.WhatsApp.Add(new SimWhatsAppAccount { PhoneNumberId = SimHarness.PhoneNumberId, AccessToken = "a", AppSecret = "s" });
        options.Twilio.Add(new SimTwilioAccount { AccountSid = SimHarness.AccountSid, AuthToken = "t", PhoneNumbers = [SimHarness.TwilioNumber] });

        foreach (var message in VirtualCustomers.Script(6, 1, options))
        {
            Assert.Equal(200, (await h.Simulator.Customers.SendAsync(message)).HttpStatus);
        }

        Assert.Equal(6, h.Receiver.Received.Count);
    }
}
