namespace Tendero.Simulator;

/// <summary>A Telegram bot. The webhook URL and secret are not configured here: the bot sets them with <c>setWebhook</c>.</summary>
public sealed record SimTelegramBot
{
    /// <summary>Token in Telegram's <c>123456:ABC-DEF</c> form; the digits before the colon are the bot's user id.</summary>
    public required string Token { get; init; }

    /// <summary><c>first_name</c> of the bot user returned by <c>getMe</c> and in <c>message.from</c>.</summary>
    public string Name { get; init; } = "Tendero Bot";

    /// <summary><c>username</c> of the bot user.</summary>
    public string Username { get; init; } = "tendero_bot";

    /// <summary>The numeric bot id, the part of the token before the colon.</summary>
    public long BotId => long.Parse(Token.AsSpan(0, Token.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
}
