using System.Net.Http.Json;
using System.Text.Json;
using Tendero.Channels.Telegram;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Channels;

/// <summary>A business without a public URL: Telegram in polling mode, against the simulator's getUpdates.</summary>
public sealed class TelegramPollingTests
{
    [Fact]
    public async Task PollingMode_CustomerWrites_StoredRepliedAndOffsetSaved()
    {
        var folder = Directory.CreateTempSubdirectory("tendero-polling-");
        try
        {
            var yaml = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Businesses, "la-fonda.yaml"));
            // Without the assistant: the fixed auto reply answers, so this test is about polling alone.
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "la-fonda.yaml"),
                TestBusinesses.WithoutSection(yaml, "assistant").Replace("mode: webhook", "mode: polling", StringComparison.Ordinal));
            await using var db = TestDatabase.Sqlite();
            await using var app = await TestApp.StartAsync(db, businessesDir: folder.FullName);
            var token = app.Business.Telegram!.BotToken;

            var first = await app.Simulator.Customers.SendTelegramTextAsync(token, 5550001, "Ana", "es", "Hola, ¿abren hoy?");
            var second = await app.Simulator.Customers.SendTelegramTextAsync(token, 5550002, "Bob", "en", "Table for two tonight?");
            Assert.Null(first.HttpStatus); // no webhook: the update waits for getUpdates
            Assert.Null(second.HttpStatus);

            var messages = await Eventually.GetAsync(app.Http, "/api/businesses/la-fonda/messages",
                page => page.GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "sent") == 2,
                TimeSpan.FromSeconds(30));
            var inbound = messages.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "inbound").ToList();
            Assert.Equal(["Hola, ¿abren hoy?", "Table for two tonight?"], inbound.Select(m => m.GetProperty("text").GetString()));
            var offset = await app.Get<CursorStore>().GetAsync(TelegramPoller.CursorName("la-fonda"), default);
            Assert.Equal(long.Parse(second.ProviderId, System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(offset!, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
