using Tendero.Ai;
using Tendero.Ai.Eval;

namespace Tendero.Tests.Ai.Eval;

public sealed class NluScorerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    private static NluCase Case(string intent, Slots slots) => new("text", "es", Now, intent, slots);

    private static Understanding Said(string intent, Slots slots, string language = "es") =>
        new() { Intent = intent, Confidence = 0.9, Language = language, Slots = slots };

    [Fact]
    public void Score_ThreeCases_CountsByHand()
    {
        (NluCase, Understanding)[] results =
        [
            // All right: date, time, party and name are 4 TP; dietary 1 TP.
            (Case(Intents.ReservationCreate, new() { Date = "2026-11-27", Time = "20:00", PartySize = 4, Name = "Ana Pérez", Dietary = ["vegano"] }),
             Said(Intents.ReservationCreate, new() { Date = "2026-11-27", Time = "20:00", PartySize = 4, Name = " ana perez ", Dietary = ["vegano"] })),
            // Wrong intent; wrong time (FP+FN); party missed (FN); an extra name (FP); dietary: 1 TP, 1 FN, 1 FP.
            (Case(Intents.ReservationChange, new() { Time = "21:00", PartySize = 6, Dietary = ["sin gluten", "vegano"] }),
             Said(Intents.ReservationCreate, new() { Time = "09:00", Name = "Rosa", Dietary = ["vegano", "sin lactosa"] }, "en")),
            // Nothing expected, nothing said.
            (Case(Intents.Thanks, new()), Said(Intents.Thanks, new())),
        ];

        var score = NluScorer.Score(results);

        Assert.Equal(3, score.Total);
        Assert.Equal(2, score.IntentCorrect);
        Assert.Equal(2.0 / 3, score.IntentAccuracy, 6);
        Assert.Equal(2.0 / 3, score.LanguageAccuracy, 6);
        Assert.Equal(new IntentScore(1, 1), score.PerIntent[Intents.ReservationCreate]);
        Assert.Equal(new IntentScore(1, 0), score.PerIntent[Intents.ReservationChange]);
        Assert.Equal(new IntentScore(1, 1), score.PerIntent[Intents.Thanks]);
        Assert.Equal(new IntentScore(0, 0), score.PerIntent[Intents.Other]);
        Assert.Equal(new SlotScore(1, 0, 0), score.PerSlot["date"]);
        Assert.Equal(new SlotScore(1, 1, 1), score.PerSlot["time"]);
        Assert.Equal(new SlotScore(1, 0, 1), score.PerSlot["party_size"]);
        Assert.Equal(new SlotScore(1, 1, 0), score.PerSlot["name"]);
        Assert.Equal(new SlotScore(2, 1, 1), score.PerSlot["dietary"]);
        Assert.Equal(new SlotScore(6, 3, 3), score.Micro);
        Assert.Equal(6.0 / 9, score.Micro.Precision, 6);
        Assert.Equal(6.0 / 9, score.Micro.Recall, 6);
        Assert.Equal(6.0 / 9, score.Micro.F1, 6);
        Assert.Equal(0.5, score.PerSlot["time"].F1, 6);
        Assert.Equal(2.0 / 3, score.PerSlot["party_size"].F1, 6);
    }

    [Fact]
    public void SlotScore_NothingExpectedOrSaid_IsPerfect()
    {
        var empty = new SlotScore(0, 0, 0);

        Assert.Equal(1, empty.F1);
        Assert.Equal(0, new SlotScore(0, 0, 2).F1);
        Assert.Equal(0, new SlotScore(0, 2, 0).F1);
    }

    [Fact]
    public void Score_NoCases_IsZeroNotNaN()
    {
        var score = NluScorer.Score([]);

        Assert.Equal(0, score.Total);
        Assert.Equal(0, score.IntentAccuracy);
    }
}
