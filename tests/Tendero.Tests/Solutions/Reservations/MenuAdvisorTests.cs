using Tendero.Solutions.Reservations;

namespace Tendero.Tests.Solutions.Reservations;

public sealed class MenuAdvisorTests
{
    private static readonly IReadOnlyList<MenuDish> Allowed = MenuSafety.Safe(SampleMenu.LaFonda, ["sin gluten"]);

    [Fact]
    public void Keep_ModelNamesAnInventedDish_DropsIt()
    {
        var kept = MenuAdvisor.Keep(["Pizza sin gluten", "patacones", "Ropa Vieja"], Allowed);

        Assert.Equal(["Ropa vieja", "Patacones"], kept); // spelled and ordered as on the menu
    }

    [Fact]
    public void Keep_ModelCallsAGlutenDishSafe_DropsIt() =>
        Assert.Equal(["Patacones"], MenuAdvisor.Keep(["Empanadas de carne", "Patacones"], Allowed));

    [Fact]
    public void Keep_NoUsableAnswer_FallsBackToTheRule() =>
        Assert.Equal(Allowed.Select(d => d.Name), MenuAdvisor.Keep(null, Allowed));

    [Theory]
    [InlineData("not json")]
    [InlineData("[\"Patacones\"]")]
    [InlineData("{\"safe\": null}")]
    public void Parse_NotTheSchema_IsNull(string answer) => Assert.Null(MenuAdvisor.Parse(answer));
}
