using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary><c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c> and <c>Calls.json</c>: Basic auth, account rate limit, faults.</summary>
internal sealed class TwilioApi(
    IReadOnlyDictionary<string, TwilioAccountState> accounts, SimContext context, TwilioMessages messages, TwilioCalls calls)
{
    public const string MessagesRoute = "/2010-04-01/Accounts/{accountSid}/Messages.json";
    public const string CallsRoute = "/2010-04-01/Accounts/{accountSid}/Calls.json";

    public Task HandleMessagesAsync(HttpContext http) => HandleAsync(http, messages.Create);

    public Task HandleCallsAsync(HttpContext http) => HandleAsync(http, calls.Create);

    private async Task HandleAsync(HttpContext http, Func<TwilioAccountState, IFormCollection, Dictionary<string, string?>, SimReply> create)
    {
        var accountSid = (string)http.GetRouteValue("accountSid")!;
        var fields = new Dictionary<string, string?>();
        // A request is journaled at the time it arrived, so a slow or held request sorts where the client sent it.
        var arrived = context.Now;
        var reply = await ProcessAsync(http, accountSid, create, fields);
        context.Journal.Add(new ApiRequestRecord(arrived, SimProvider.Twilio, http.Request.Method, http.Request.Path, accountSid,
            fields, reply?.Status ?? 0, reply?.ErrorCode));
        if (reply is not null)
        {
            await reply.WriteAsync(http, metaAscii: false);
        }
    }

    private async Task<SimReply?> ProcessAsync(HttpContext http, string accountSid,
        Func<TwilioAccountState, IFormCollection, Dictionary<string, string?>, SimReply> create, Dictionary<string, string?> fields)
    {
        if (!accounts.TryGetValue(accountSid, out var account) || !Authenticated(http.Request, account.Account))
        {
            return TwilioJson.Error(401, 20003, "Authenticate");
        }

        var wait = account.TryTakeRequest();
        if (wait > TimeSpan.Zero)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TwilioJson.Error(429, 20429, "Too Many Requests") with { Headers = new Dictionary<string, string> { ["Retry-After"] = seconds } };
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
        // Faults come after the form is read, so the journal shows which message a failed request carried.
        fields["To"] = form["To"].ToString();
        fields["Body"] = form["Body"].ToString();
        switch (FaultGate.Draw(context))
        {
            case FaultOutcome.ServerError:
                return ServerError();
            case FaultOutcome.Timeout:
                return await FaultGate.HoldAsync(context, http.RequestAborted) ? ServerError() : null;
            case FaultOutcome.RateLimited:
                var after = ((int)Math.Ceiling(context.Faults.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TwilioJson.Error(429, 20429, "Too Many Requests") with { Headers = new Dictionary<string, string> { ["Retry-After"] = after } };
        }

        return create(account, form, fields);
    }

    private SimReply ServerError() => context.Random.Next(2) == 0
        ? TwilioJson.Error(500, 20500, "Internal Server Error")
        : TwilioJson.Error(503, 20503, "Service Unavailable");

    private static bool Authenticated(HttpRequest request, SimTwilioAccount account)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return false;
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        return credentials == $"{account.AccountSid}:{account.AuthToken}";
    }
}
