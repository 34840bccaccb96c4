using Tendero.Simulator.People;

namespace Tendero.Simulator.Infrastructure;

/// <summary>Bad configuration fails when the simulator is built, naming the field, instead of as odd answers later.</summary>
internal static class OptionsCheck
{
    public static void Validate(SimulatorOptions options)
    {
        Unique(options.WhatsApp.Select(a => a.PhoneNumberId), "WhatsApp[].PhoneNumberId");
        Unique(options.Telegram.Select(b => b.Token), "Telegram[].Token");
        Unique(options.Twilio.Select(a => a.AccountSid), "Twilio[].AccountSid");
        foreach (var account in options.WhatsApp)
        {
            Require(account.AccessToken, $"WhatsApp[{account.PhoneNumberId}].AccessToken");
            Require(account.AppSecret, $"WhatsApp[{account.PhoneNumberId}].AppSecret");
        }

        foreach (var bot in options.Telegram)
        {
            // Telegram.Bot itself refuses a token whose part before ':' is not a number.
            var colon = bot.Token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !long.TryParse(bot.Token.AsSpan(0, colon), out _) || colon == bot.Token.Length - 1)
            {
                throw new ArgumentException("Telegram[].Token must look like '123456:ABC-DEF' (bot id, colon, secret).", nameof(options));
            }
        }

        foreach (var account in options.Twilio)
        {
            Require(account.AuthToken, $"Twilio[{account.AccountSid}].AuthToken");
            if (!(account.SegmentsPerSecond > 0))
            {
                throw new ArgumentException($"Twilio[{account.AccountSid}].SegmentsPerSecond must be above 0.", nameof(options));
            }
        }

        var behaviour = options.Behaviour;
        Rate(behaviour.ReadProbability, "Behaviour.ReadProbability");
        Rate(behaviour.SmsUndeliveredProbability, "Behaviour.SmsUndeliveredProbability");
        Rate(behaviour.ReplyProbability, "Behaviour.ReplyProbability");
        Rate(behaviour.ButtonProbability, "Behaviour.ButtonProbability");
        Rate(behaviour.AnswerProbability, "Behaviour.AnswerProbability");
        foreach (var (address, person) in options.People)
        {
            if (PersonCheck.Error(address, person, field => $"People[{address}].{field}") is { } error)
            {
                throw new ArgumentException(error, nameof(options));
            }
        }

        if (options.Models.RequestsPerMinute < 1 || options.Models.TokensPerMinute < 1)
        {
            throw new ArgumentException("Models.RequestsPerMinute and Models.TokensPerMinute must be at least 1.", nameof(options));
        }

        if (behaviour.WebhookAttempts is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(options), behaviour.WebhookAttempts, "Behaviour.WebhookAttempts must be 1..20.");
        }

        if (behaviour.WebhookTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), behaviour.WebhookTimeout, "Behaviour.WebhookTimeout must be positive.");
        }
    }

    private static void Unique(IEnumerable<string> keys, string field)
    {
        var duplicate = keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{field} must be unique; a value appears {duplicate.Count()} times.");
        }
    }

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.");
        }
    }

    private static void Rate(double value, string field)
    {
        if (value is < 0 or > 1)
        {
            throw new ArgumentException($"{field} is a probability between 0 and 1; got {value}.");
        }
    }
}
