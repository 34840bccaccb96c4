using Tendero.Ai;
using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class OfflineNluTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    // Phrasings written for this test, in neither the seed set nor the dev set.
    [Theory]
    [InlineData("oigan, ¿me hacen el favor de guardarnos una mesa para cinco este viernes?", Intents.ReservationCreate)]
    [InlineData("could you squeeze in three of us on Saturday evening?", Intents.ReservationCreate)]
    [InlineData("necesitamos cancelar lo del sábado, lo siento mucho", Intents.ReservationCancel)]
    [InlineData("please cancel our dinner booking, plans changed", Intents.ReservationCancel)]
    [InlineData("¿a qué hora cierran los viernes?", Intents.InfoHours)]
    [InlineData("what time are you guys open until on sunday?", Intents.InfoHours)]
    [InlineData("¿me mandan la ubicación del restaurante?", Intents.InfoLocation)]
    [InlineData("¿tienen ensaladas sin gluten en la carta?", Intents.InfoMenu)]
    [InlineData("hola, ¿por dónde va mi pedido?", Intents.OrderStatus)]
    [InlineData("the soup was cold and the waiter ignored us", Intents.Complaint)]
    [InlineData("necesito hablar con una persona, no con un bot", Intents.Human)]
    [InlineData("muchísimas gracias por todo!", Intents.Thanks)]
    [InlineData("buenas tardes!!", Intents.Greeting)]
    public void Understand_UnseenPhrasing_FindsTheIntent(string text, string intent)
    {
        var understanding = OfflineNlu.Shared.Understand(text, Now, "es");

        Assert.Equal(intent, understanding.Intent);
        Assert.InRange(understanding.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void Understand_Booking_CarriesLanguageAndSlots()
    {
        var understanding = OfflineNlu.Shared.Understand("Hi! Table for 4 tomorrow at 8pm under the name Rivera, one of us is vegan", Now, "es");

        Assert.Equal(Intents.ReservationCreate, understanding.Intent);
        Assert.Equal("en", understanding.Language);
        Assert.Equal(new Slots { Date = "2026-11-27", Time = "20:00", PartySize = 4, Name = "Rivera", Dietary = understanding.Slots.Dietary }, understanding.Slots);
        Assert.Equal(["vegan"], understanding.Slots.Dietary);
    }

    [Fact]
    public void Understand_EmptyText_IsOtherWithNoConfidence()
    {
        var understanding = OfflineNlu.Shared.Understand("  ", Now, "en");

        Assert.Equal(Intents.Other, understanding.Intent);
        Assert.Equal(0, understanding.Confidence);
        Assert.Equal("en", understanding.Language);
    }

    [Fact]
    public void Understand_ManyThreadsAtOnce_GiveTheSameAnswersAsOne()
    {
        string[] texts = ["mesa para 2 hoy", "where is my order", "gracias!", "what time do you open", "quiero cancelar"];
        var expected = texts.Select(t => OfflineNlu.Shared.Understand(t, Now, "es").Intent).ToArray();

        var answers = Enumerable.Range(0, 200).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i, OfflineNlu.Shared.Understand(texts[i % texts.Length], Now, "es").Intent)).ToList();

        Assert.All(answers, a => Assert.Equal(expected[a.i % texts.Length], a.Intent));
    }

    [Fact]
    public void Train_SameSeed_GivesTheSameConfidence()
    {
        var again = OfflineNlu.Train();

        Assert.Equal(OfflineNlu.Shared.Classify("quiero reservar para el viernes"), again.Classify("quiero reservar para el viernes"));
    }
}
