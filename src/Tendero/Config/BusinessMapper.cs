namespace Tendero.Config;

/// <summary>Turns the YAML as written into a checked <see cref="BusinessConfig"/>.</summary>
internal static class BusinessMapper
{
    private static readonly Uri Graph = new("https://graph.facebook.com");
    private static readonly Uri TelegramApi = new("https://api.telegram.org");
    private static readonly Uri TwilioApi = new("https://api.twilio.com");

    public static BusinessConfig? Map(string id, string path, BusinessFile file, FieldChecker check, Uri? simulator)
    {
        var name = check.Required("name", file.Name);
        var zone = TimeZoneFor(file.TimeZone, check);
        var language = file.Language?.Trim().ToLowerInvariant() ?? "es";
        if (language is not ("es" or "en"))
        {
            check.Fail("language", $"'{file.Language}' is not supported: use es or en");
        }
        var channels = file.Channels;
        if (channels?.Whatsapp is null && channels?.Telegram is null && channels?.Twilio is null)
        {
            check.Fail("channels", "name at least one of whatsapp, telegram or twilio");
        }
        var whatsapp = channels?.Whatsapp is { } w ? WhatsApp(w, check, simulator) : null;
        var telegram = channels?.Telegram is { } t ? Telegram(t, check, simulator) : null;
        var twilio = channels?.Twilio is { } s ? Twilio(s, check, simulator) : null;
        var autoReply = file.AutoReply ?? [];
        var config = new BusinessConfig(id, name, zone, language, autoReply, whatsapp, telegram, twilio, path)
        {
            Staff = PeopleMapper.Staff(file.Staff, language, check),
            Policies = PolicyMapper.Policies(file.Policies, check),
            Templates = TemplateMapper.Templates(file.WhatsappTemplates, whatsapp is not null, check),
            Sms = TemplateMapper.Sms(file.Sms, check),
            Lanes = DeliveryMapper.Lanes(file.Lanes, check),
            Models = ModelsMapper.Models(file.Models, check, simulator),
            Actions = ActionsMapper.Actions(file.Actions, path, check),
            Sheets = SheetsMapper.Sheets(file.Sheets, path, check, simulator),
            Exports = ExportsMapper.Exports(file.Exports, path, check),
            Retention = ExportsMapper.Retention(file.Retention, check),
            Report = ReportMapper.Report(file.Report, path, check),
        };
        config = config with
        {
            Prices = DeliveryMapper.Prices(file.Prices, config.Channels, config.Templates.Values, check),
            Assistant = AssistantMapper.Assistant(file.Assistant, config.Staff, check),
            Printers = PrintersMapper.Printers(file.Printers, config, check, simulator),
            ComputePerMonthMicros = DeliveryMapper.Amount("prices.compute_per_month", file.Prices?.ComputePerMonth, check) ?? 0,
            BudgetPerMonthMicros = DeliveryMapper.Amount("prices.budget_per_month", file.Prices?.BudgetPerMonth, check),
        };
        config = config with { Reservations = ReservationsMapper.Reservations(file.Reservations, config, check) };
        CheckPolicyChannels(config, check);
        return config;
    }

    // A policy may name a channel the business lacks (a step is then skipped), but a policy with no usable channel at all is a mistake.
    private static void CheckPolicyChannels(BusinessConfig config, FieldChecker check)
    {
        foreach (var policy in config.Policies.Values)
        {
            var notify = policy.Steps.OfType<Core.Chains.NotifyStep>().ToList();
            if (notify.Count > 0 && !notify.Any(n => config.Channels.Contains(n.Channel)))
            {
                check.Fail($"policies.{policy.Name}", "none of its channels is configured under channels");
            }
        }
    }

    private static TimeZoneInfo TimeZoneFor(string? name, FieldChecker check)
    {
        var zoneName = check.Required("time_zone", name);
        if (zoneName.Length == 0)
        {
            return TimeZoneInfo.Utc;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneName);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException)
        {
            check.Fail("time_zone", $"'{zoneName}' is not a known time zone (use an IANA name such as America/Panama)");
            return TimeZoneInfo.Utc;
        }
    }

    private static WhatsAppAccount WhatsApp(WhatsAppFile f, FieldChecker check, Uri? simulator)
    {
        var phoneNumberId = check.Required("channels.whatsapp.phone_number_id", f.PhoneNumberId);
        if (phoneNumberId.Length > 0 && !phoneNumberId.All(char.IsAsciiDigit))
        {
            check.Fail("channels.whatsapp.phone_number_id", "must be the numeric id Meta shows for the number, not the number itself");
        }
        var version = f.ApiVersion ?? "v23.0";
        if (!version.StartsWith('v'))
        {
            check.Fail("channels.whatsapp.api_version", $"'{version}' should look like v23.0");
        }
        return new WhatsAppAccount(
            phoneNumberId, f.DisplayPhoneNumber, version,
            check.Url("channels.whatsapp.base_url", f.BaseUrl, Graph, simulator),
            check.Secret("channels.whatsapp.app_secret_env", f.AppSecretEnv),
            check.Secret("channels.whatsapp.verify_token_env", f.VerifyTokenEnv),
            check.Secret("channels.whatsapp.access_token_env", f.AccessTokenEnv));
    }

    private static TelegramAccount Telegram(TelegramFile f, FieldChecker check, Uri? simulator)
    {
        var token = check.Secret("channels.telegram.bot_token_env", f.BotTokenEnv);
        var colon = token.IndexOf(':');
        if (token.Length > 0 && (colon <= 0 || !long.TryParse(token[..colon], out _)))
        {
            check.Fail("channels.telegram.bot_token_env", $"the token in {f.BotTokenEnv} does not look like '<bot id>:<secret>' as BotFather gives it");
        }
        var secret = check.Secret("channels.telegram.secret_token_env", f.SecretTokenEnv);
        if (secret.Length is > 256 || secret.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            check.Fail("channels.telegram.secret_token_env", "Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and - in a secret token");
        }
        var mode = (f.Mode ?? "webhook").ToLowerInvariant() switch
        {
            "webhook" => TelegramMode.Webhook,
            "polling" => TelegramMode.Polling,
            var other => Invalid(check, "channels.telegram.mode", $"'{other}' is not webhook or polling"),
        };
        return new TelegramAccount(check.Url("channels.telegram.base_url", f.BaseUrl, TelegramApi, simulator), token, secret, mode);
    }

    private static TwilioAccount Twilio(TwilioFile f, FieldChecker check, Uri? simulator)
    {
        var sid = check.Secret("channels.twilio.account_sid_env", f.AccountSidEnv);
        if (sid.Length > 0 && !(sid.StartsWith("AC", StringComparison.Ordinal) && sid.Length == 34))
        {
            check.Fail("channels.twilio.account_sid_env", $"the value of {f.AccountSidEnv} is not an account SID (AC followed by 32 characters)");
        }
        var from = check.Required("channels.twilio.from", f.From);
        if (from.Length > 0 && !Core.Address.TryParse("sms:" + from, out _, out var why))
        {
            check.Fail("channels.twilio.from", why);
        }
        return new TwilioAccount(
            check.Url("channels.twilio.base_url", f.BaseUrl, TwilioApi, simulator), sid,
            check.Secret("channels.twilio.auth_token_env", f.AuthTokenEnv), Core.Address.NormalizePhone(from));
    }

    private static TelegramMode Invalid(FieldChecker check, string field, string reason)
    {
        check.Fail(field, reason);
        return TelegramMode.Webhook;
    }
}
