using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary><c>GET|POST /bot{token}/{method}</c>: finds the bot, reads the parameters and hands the call to its method.</summary>
internal sealed class TelegramApi(
    IReadOnlyDictionary<string, TelegramBotState> bots, SimContext context, TelegramMessaging messaging, TelegramUpdates updates)
{
    // Not "/bot{token}/{method}": ASP.NET matches a complex segment's literal from the right, so a token that itself
    // contains "bot" would never match. The prefix is checked by hand instead.
    public const string Route = "/{botToken}/{method}";

    public async Task HandleAsync(HttpContext http)
    {
        var segment = (string)http.GetRouteValue("botToken")!;
        if (!segment.StartsWith("bot", StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var token = segment[3..];
        var method = (string)http.GetRouteValue("method")!;
        var bot = bots.GetValueOrDefault(token);
        var fields = new Dictionary<string, string?>();
        // A request is journaled at the time it arrived, so a slow or held request sorts where the client sent it.
        var arrived = context.Now;
        var reply = await ProcessAsync(http, bot, method, fields);

        // The token is a secret: the journal keeps the bot id only.
        var botId = bot?.Bot.BotId.ToString(CultureInfo.InvariantCulture);
        var path = $"/bot{botId ?? "?"}:***/{method}";
        context.Journal.Add(new ApiRequestRecord(arrived, SimProvider.Telegram, http.Request.Method, path, botId, fields,
            reply?.Status ?? 0, reply?.ErrorCode));
        if (reply is not null)
        {
            await reply.WriteAsync(http, metaAscii: false);
        }
    }

    private async Task<SimReply?> ProcessAsync(HttpContext http, TelegramBotState? bot, string method, Dictionary<string, string?> fields)
    {
        if (bot is null)
        {
            return TelegramJson.Error(401, "Unauthorized");
        }

        var args = await TelegramArgs.ReadAsync(http.Request, http.RequestAborted);
        if (args is null)
        {
            return TelegramJson.BadRequest("can't parse JSON object");
        }

        // Method names are case-insensitive in the Bot API.
        return method.ToUpperInvariant() switch
        {
            "GETME" => TelegramJson.Ok(GetMe(bot)),
            "SENDMESSAGE" => await messaging.SendMessageAsync(bot, args, fields, http.RequestAborted),
            "ANSWERCALLBACKQUERY" => messaging.AnswerCallbackQuery(bot, args, fields),
            "SETWEBHOOK" => updates.SetWebhook(bot, args, fields),
            "DELETEWEBHOOK" => updates.DeleteWebhook(bot, args),
            "GETWEBHOOKINFO" => updates.GetWebhookInfo(bot),
            "GETUPDATES" => await updates.GetUpdatesAsync(bot, args, fields, http.RequestAborted),
            _ => TelegramJson.Error(404, "Not Found"),
        };
    }

    private static JsonObject GetMe(TelegramBotState bot)
    {
        var user = bot.BotUser();
        user["can_join_groups"] = true;
        user["can_read_all_group_messages"] = false;
        user["supports_inline_queries"] = false;
        user["can_connect_to_business"] = false;
        user["has_main_web_app"] = false;
        return user;
    }
}
