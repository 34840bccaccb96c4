namespace Tendero.Config;

/// <summary>Collects "field: reason" errors while a business file is mapped, so that all of them are reported together.</summary>
internal sealed class FieldChecker(List<string> errors, Secrets secrets)
{
    public void Fail(string field, string reason) => errors.Add($"{field}: {reason}");

    /// <summary>A problem already written as a whole sentence that names its field.</summary>
    public void Problem(string sentence) => errors.Add(sentence);

    public string Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(field, "is required");
            return "";
        }
        return value.Trim();
    }

    public Uri Url(string field, string? value, Uri fallback, Uri? simulator)
    {
        if (simulator is not null)
        {
            return simulator;
        }
        if (value is null)
        {
            return fallback;
        }
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
        {
            return uri;
        }
        Fail(field, $"'{value}' is not an http(s) URL");
        return fallback;
    }

    /// <summary>The value of an environment variable that may be unset (a model tier without its key is simply off).</summary>
    public string? OptionalSecret(string variable) => secrets.Get(variable);

    /// <summary>Resolves a <c>*_env</c> field: the field names an environment variable, never the secret itself.</summary>
    public string Secret(string field, string? variable)
    {
        if (string.IsNullOrWhiteSpace(variable))
        {
            Fail(field, "is required: name the environment variable that holds this secret");
            return "";
        }
        var value = secrets.Get(variable);
        if (value is null)
        {
            Fail(field, $"the environment variable {variable} is not set");
            return "";
        }
        return value;
    }
}
