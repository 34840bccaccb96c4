using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>A field of a Bot API method or type; <see cref="Types"/> are alternatives ("Integer", "String").</summary>
internal sealed record TelegramField(string Name, IReadOnlyList<string> Types, bool Required);

/// <summary>A Bot API method or type: its fields, or for a union type (MaybeInaccessibleMessage) its subtypes.</summary>
internal sealed record TelegramShape(
    string Name, IReadOnlyList<TelegramField> Fields, IReadOnlyList<string> Subtypes, IReadOnlyList<string> Returns);

/// <summary>
/// The Bot API as api.json describes it (github.com/PaulSonOfLars/telegram-bot-api-spec, scraped from
/// core.telegram.org/bots/api): checks the calls we make and the objects the simulator sends back.
/// Errors read "args.text: required field missing"; an empty list means the contract is met.
/// </summary>
internal sealed class TelegramContract
{
    private readonly Dictionary<string, TelegramShape> methods;
    private readonly TelegramTypes types;

    public TelegramContract(JsonElement document)
    {
        Version = document.GetProperty("version").GetString()!;

        // Method names are case-insensitive in the Bot API (core.telegram.org/bots/api#making-requests).
        methods = Read(document.GetProperty("methods")).ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        types = new TelegramTypes(Read(document.GetProperty("types")).ToDictionary(t => t.Name, StringComparer.Ordinal));
    }

    /// <summary>The Bot API version the file describes, such as "Bot API 10.1".</summary>
    public string Version { get; }

    /// <summary>Checks a call's arguments: unknown method or field, missing required field, wrong type.</summary>
    public IReadOnlyList<string> ValidateCall(string method, JsonObject args)
    {
        if (!methods.TryGetValue(method, out var shape))
        {
            return [$"{method}: unknown method"];
        }

        var errors = new List<string>();
        types.CheckFields(shape, args, "args", errors);
        return errors;
    }

    /// <summary>Checks an object such as an Update or a Message; a union type passes if any subtype does.</summary>
    public IReadOnlyList<string> ValidateObject(string typeName, JsonNode? value)
    {
        var errors = new List<string>();
        types.Check([typeName], value, typeName, errors);
        return errors;
    }

    /// <summary>Checks the <c>result</c> of a successful call against what the method returns.</summary>
    public IReadOnlyList<string> ValidateResult(string method, JsonNode? result)
    {
        if (!methods.TryGetValue(method, out var shape))
        {
            return [$"{method}: unknown method"];
        }

        var errors = new List<string>();
        types.Check(shape.Returns, result, "result", errors);
        return errors;
    }

    private static IEnumerable<TelegramShape> Read(JsonElement shapes) =>
        shapes.EnumerateObject().Select(shape => new TelegramShape(
            shape.Name,
            shape.Value.TryGetProperty("fields", out var fields)
                ? fields.EnumerateArray().Select(f => new TelegramField(
                    f.GetProperty("name").GetString()!,
                    Strings(f.GetProperty("types")),
                    f.GetProperty("required").GetBoolean())).ToList()
                : [],
            shape.Value.TryGetProperty("subtypes", out var subtypes) ? Strings(subtypes) : [],
            shape.Value.TryGetProperty("returns", out var returns) ? Strings(returns) : []));

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(s => s.GetString()!).ToList();
}
