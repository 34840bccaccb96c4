using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tendero.Channels;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero send --business ID --to whatsapp:+507… "text"</c>: queues the message in the ledger and sends it now,
/// then prints what the provider said. Status reports arrive later at the server's webhooks.
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var business = new Option<string>("--business") { Description = "The business id (its file name in businesses/)", Required = true };
        var to = new Option<string>("--to") { Description = "whatsapp:+507…, telegram:<chat id> or sms:+507…", Required = true };
        var text = new Argument<string>("text") { Description = "The message" };
        var command = new Command("send", "Send one message through the ledger") { business, to, text };
        common.AddTo(command, withUrls: false);
        command.SetAction(async (result, ct) =>
        {
            var simulatorUrl = result.GetValue(common.Simulate);
            var settings = common.Settings(result, simulatorUrl is null ? null : new Uri(simulatorUrl))
                with { BusinessesDir = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!), Workers = [] };
            try
            {
                return await SendAsync(settings, result.GetValue(business)!, result.GetValue(to)!, result.GetValue(text)!, ct);
            }
            catch (BusinessConfigException e)
            {
                await Console.Error.WriteLineAsync("Tendero cannot send: " + e.Message);
                return 2;
            }
        });
        return command;
    }

    private static async Task<int> SendAsync(TenderoSettings settings, string businessId, string to, string text, CancellationToken ct)
    {
        await using var app = await TenderoServer.BuildAsync(settings, ct);
        var services = app.Services;
        var config = services.GetRequiredService<Businesses>().Find(businessId);
        if (config is null)
        {
            await Console.Error.WriteLineAsync($"No business '{businessId}' in {settings.BusinessesDir}.");
            return 2;
        }
        if (OutboundCheck.Check(config, services.GetServices<IChannel>(), to, text) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }
        var id = await services.GetRequiredService<Outbox>().EnqueueAsync(businessId, Address.Parse(to), text, ct);
        await services.GetRequiredService<Dispatcher>().RunOnceAsync(ct, onlyId: id);
        var row = await services.GetRequiredService<MessageQueries>().GetAsync(id, ct);
        Console.WriteLine(row!.Status switch
        {
            "failed" => $"Message {id} failed: {row.ErrorCode} {row.ErrorReason}",
            "queued" => $"Message {id} is queued for a retry ({row.ErrorCode} {row.ErrorReason}); a running server will send it.",
            _ => $"Message {id} {row.Status}: provider id {row.ProviderId}",
        });
        return row.Status == "failed" ? 1 : 0;
    }
}
