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
    [InlineData("A las 20:00 está lleno; tenemos 18:00, 17:30 o 17:00. ¿Te sirve alguna?", true)]
    [InlineData("20:00 is full; we have 18:00, 17:30 or 17:00. Would one of those work?", true)]
    [InlineData("A esa hora estamos cerrados; tengo 21:00. ¿Te sirve?", true)]
    [InlineData("Which works for you: 18:00 or 17:30? (or say \"none\")", true)]
    [InlineData("¡Listo! Tu mesa para 6 personas queda reservada el jueves 26 de noviembre a las 18:30.", false)]
    [InlineData(null, false)]
    public void OffersAlternatives_TheBooksQuestion_OnlyThen(string? answer, bool expected) =>
        Assert.Equal(expected, EveningPlayer.OffersAlternatives(answer));
}
