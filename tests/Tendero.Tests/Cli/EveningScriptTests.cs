using Tendero.Cli.Demo.Evening;
using Tendero.Simulator;

namespace Tendero.Tests.Cli;

public sealed class EveningScriptTests
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
    public void Make_SameSeed_GivesTheSameEvening() =>
        Assert.Equal(
            EveningScript.Make(Options()).SelectMany(c => c.Turns.Select(t => c.Guest.From + t.Text)),
            EveningScript.Make(Options()).SelectMany(c => c.Turns.Select(t => c.Guest.From + t.Text)));

    [Fact]
    public void Make_AnEvening_HoldsAbout300MessagesOnEveryChannelInBothLanguages()
    {
        var evening = EveningScript.Make(Options());

        Assert.InRange(evening.Sum(c => c.Turns.Count), 270, 330);
        Assert.Equal([SimProvider.WhatsApp, SimProvider.Telegram, SimProvider.Twilio], evening.Select(c => c.Guest.Channel).Distinct().Order());
        Assert.Equal(["en", "es"], evening.Select(c => c.Guest.Language).Distinct().Order());
        Assert.All(evening, c => Assert.InRange(c.Start, TimeSpan.Zero, TimeSpan.FromHours(11)));
    }

    [Theory]
    [InlineData("slot full: takes an alternative")]
    [InlineData("booking, then a change")]
    [InlineData("booking, then a cancel")]
    [InlineData("booking with an allergy")]
    [InlineData("large party")]
    [InlineData("complaint")]
    public void Make_AnEvening_HasTheHardCases(string kind) =>
        Assert.Contains(EveningScript.Make(Options()), c => c.Kind == kind);

    [Theory]
    [InlineData("A las 20:00 ya no hay mesa. Tenemos 19:45 o 20:30, ¿le sirve?", "19:45")]
    [InlineData("Sorry, 8:00 pm is full. We can do 8:15 p.m. or 9:00 PM.", "20:15")]
    [InlineData("Sorry, 20:00 is full. We can do 21:00.", "21:00")]
    [InlineData("¡Listo! Mesa para 6 a las 20:00 confirmada.", null)]
    [InlineData(null, null)]
    public void FirstTimeOffered_SkipsTheTimeAskedFor(string? answer, string? expected) =>
        Assert.Equal(expected, EveningPlayer.FirstTimeOffered(answer));
}
