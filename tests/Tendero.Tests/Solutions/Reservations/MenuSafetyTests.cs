using Tendero.Solutions.Reservations;

namespace Tendero.Tests.Solutions.Reservations;

public sealed class MenuSafetyTests
{
    private static IReadOnlyList<string> Safe(params string[] needs) => [.. MenuSafety.Safe(SampleMenu.LaFonda, needs).Select(d => d.Name)];

    [Fact]
    public void Safe_Celiac_LeavesOutDishesWithGlutenOrWheat()
    {
        var safe = Safe("sin gluten");

        Assert.Contains("Patacones", safe);
        Assert.DoesNotContain("Empanadas de carne", safe);
        Assert.DoesNotContain("Tres leches", safe);
    }

    [Fact]
    public void Safe_NutAllergy_LeavesOutNutsButNotPeanutsAsAnotherRule()
    {
        var safe = Safe("nut allergy");

        Assert.DoesNotContain("Ensalada de la casa", safe);
        Assert.Contains("Tamal de olla con maní", safe);
        Assert.DoesNotContain("Tamal de olla con maní", Safe("alergia al maní"));
    }

    [Fact]
    public void Safe_VeganAndShellfish_LeavesOutMeatFishDairyAndShrimp()
    {
        Assert.Equal(["Patacones", "Ensalada de la casa", "Ensalada de frutas"], Safe("vegan"));
        Assert.DoesNotContain("Camarones al coco", Safe("alergia a los mariscos"));
    }

    [Fact]
    public void Understands_UnknownNeed_IsFalse() => Assert.False(MenuSafety.Understands(["halal"]));
}
