namespace Tendero.Solutions.Reservations;

/// <summary>La Fonda's <c>Menú</c> tab as the demo and the eval hold it: dishes, ingredients and allergens.</summary>
public static class SampleMenu
{
    public static IReadOnlyList<MenuDish> LaFonda { get; } =
    [
        Dish("Sancocho de gallina", "gallina, ñame, mazorca, culantro", ""),
        Dish("Ropa vieja", "carne de res, tomate, pimentón, cebolla", ""),
        Dish("Arroz con pollo", "arroz, pollo, pimentón, aceitunas", ""),
        Dish("Corvina al ajillo", "corvina, ajo, mantequilla", "pescado, lácteos"),
        Dish("Ceviche de corvina", "corvina, limón, cebolla, ají", "pescado"),
        Dish("Camarones al coco", "camarones, leche de coco, arroz", "mariscos"),
        Dish("Patacones", "plátano verde, sal", ""),
        Dish("Empanadas de carne", "harina de trigo, carne de res, huevo", "gluten, huevo"),
        Dish("Ensalada de la casa", "lechuga, tomate, aguacate, nueces", "nueces"),
        Dish("Tamal de olla con maní", "maíz, cerdo, maní", "maní"),
        Dish("Tres leches", "leche, harina de trigo, huevo, azúcar", "gluten, lácteos, huevo"),
        Dish("Ensalada de frutas", "papaya, piña, sandía, limón", ""),
    ];

    private static MenuDish Dish(string name, string ingredients, string allergens) => new(name, Split(ingredients), Split(allergens));

    private static string[] Split(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
