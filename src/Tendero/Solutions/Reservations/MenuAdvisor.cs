using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Tendero.Agents.Conversation;
using Tendero.Ai;
using Tendero.Config;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Answers a dietary question from the restaurant's <c>Menú</c> tab. The smart tier reads the menu and names the safe
/// dishes; its answer is then checked: only names on the menu survive, and never a dish whose allergens or ingredients
/// the rule (<see cref="MenuSafety"/>) flags. When the model is unavailable, invalid or the tier is offline, the rule answers alone.
/// </summary>
internal sealed class MenuAdvisor(ModelGateway gateway)
{
    /// <summary>Opens the prompt; the simulator's fake Claude recognises its task by it.</summary>
    public const string PromptMarker = "You advise a restaurant's customers on which dishes of its menu suit a dietary need.";

    /// <summary>The answer to say, or null when the message is not a dietary question about the menu.</summary>
    public async Task<string?> AnswerAsync(
        BusinessConfig business, IReservationBook book, Understanding u, string text, string language, ModelTier? tier, CancellationToken ct)
    {
        if (!MenuQuestion.Is(u, text)) return null;
        var needs = u.Slots.Dietary;
        var menu = await book.MenuAsync(business.Id, ct);
        var allowed = MenuSafety.Safe(menu, needs);
        var safe = Keep(await AskAsync(business, menu, needs, text, allowed, tier, ct), allowed);
        var r = new Replies(language, business.Name);
        return safe.Count > 0 ? r.MenuSafe(needs, safe) : r.MenuNone(needs);
    }

    /// <summary>
    /// The dishes to name: those the model called safe that are on the menu and that the rule allows, spelled as on
    /// the menu, in menu order. An invented dish, or one whose allergens clash, is dropped; no usable answer keeps the rule's list.
    /// </summary>
    internal static IReadOnlyList<string> Keep(IReadOnlyList<string>? named, IReadOnlyList<MenuDish> allowed)
    {
        if (named is null) return [.. allowed.Select(d => d.Name)];
        var folded = named.Select(MenuSafety.Fold).ToHashSet();
        return [.. allowed.Where(d => folded.Contains(MenuSafety.Fold(d.Name))).Select(d => d.Name)];
    }

    // The names the model called safe; null when no tier gave a usable answer.
    private async Task<IReadOnlyList<string>?> AskAsync(BusinessConfig business, IReadOnlyList<MenuDish> menu, IReadOnlyList<string> needs,
        string text, IReadOnlyList<MenuDish> allowed, ModelTier? tier, CancellationToken ct)
    {
        var ruled = JsonSerializer.Serialize(new SafeDishes { Safe = [.. allowed.Select(d => d.Name)] });
        var route = new ModelRoute
        {
            BusinessId = business.Id, Purpose = ModelPurpose.Complex, Tier = tier, Constraints = 2,
            Check = answer => Parse(answer) is null ? AnswerCheck.Invalid("expected {\"safe\": [dish names]}") : AnswerCheck.Ok(),
            Offline = () => ruled,
        };
        var options = route.ApplyTo(new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema<SafeDishes>(), MaxOutputTokens = 400 });
        var question = JsonSerializer.Serialize(new
        {
            question = text, needs,
            menu = menu.Select(d => new { name = d.Name, ingredients = d.Ingredients, allergens = d.Allergens }),
        });
        ChatMessage[] prompt =
        [
            new(ChatRole.System, PromptMarker + " Read the menu in the user's JSON and answer only with JSON {\"safe\": [names]}: the dishes that suit every need, named exactly as on the menu. Never name a dish that is not on the menu; when unsure, leave the dish out."),
            new(ChatRole.User, question),
        ];
        var response = await gateway.RouterFor(business).GetResponseAsync(prompt, options, ct);
        return Parse(response.Text);
    }

    internal static IReadOnlyList<string>? Parse(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<SafeDishes>(json)?.Safe;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed record SafeDishes
    {
        [JsonPropertyName("safe")] public IReadOnlyList<string> Safe { get; init; } = [];
    }
}
