using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tendero.Tests.Contracts;

/// <summary>One operation of an OpenAPI document: method, templated path and its description.</summary>
internal sealed record Operation(string Method, string Template, JsonElement Definition);

/// <summary>
/// Finds the operation a concrete request hits: <c>POST /v23.0/106540352242922/messages</c> is
/// <c>/{Version}/{Phone-Number-ID}/messages</c>. A server URL with a path (say <c>https://host/api</c>)
/// prefixes every template; both files in use serve from the host root.
/// </summary>
internal sealed class OperationIndex
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private readonly List<(Operation Operation, Regex Pattern, int Literals)> operations = [];

    public OperationIndex(JsonElement document)
    {
        var rootBase = BasePath(document);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var pathBase = BasePath(path.Value) ?? rootBase;
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method, out var definition))
                {
                    var template = (BasePath(definition) ?? pathBase ?? "") + path.Name;
                    var operation = new Operation(method.ToUpperInvariant(), path.Name, definition);
                    operations.Add((operation, ToPattern(template), Regex.Replace(template, "{[^}]*}", "").Length));
                }
            }
        }
    }

    /// <summary>The operation for a method and a concrete path or URL; null when none matches.</summary>
    public Operation? Find(string method, string pathOrUrl)
    {
        var path = Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? url.AbsolutePath
            : pathOrUrl.Split('?', 2)[0];
        path = Uri.UnescapeDataString(path);

        // Several templates can match (/{Version}/{Phone-Number-ID}/messages and /{Version}/{Node-ID}/{Edge}
        // say): the one with the most literal text is the most specific.
        return operations
            .Where(o => o.Operation.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && o.Pattern.IsMatch(path))
            .OrderByDescending(o => o.Literals)
            .Select(o => o.Operation)
            .FirstOrDefault();
    }

    private static Regex ToPattern(string template)
    {
        var pattern = Regex.Replace(Regex.Escape(template), @"\\\{[^}]*}", "[^/]+");
        return new Regex($"^{pattern}/?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string? BasePath(JsonElement owner)
    {
        if (!owner.TryGetProperty("servers", out var servers) || servers.GetArrayLength() == 0)
        {
            return null;
        }

        var url = servers[0].GetProperty("url").GetString()!;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url;
        return path.TrimEnd('/');
    }
}
