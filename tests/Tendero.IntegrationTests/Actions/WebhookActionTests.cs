using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tendero.Config;

namespace Tendero.IntegrationTests.Actions;

/// <summary>The webhook action against a loopback receiver that checks the signature on its own, through the worker and the ledger.</summary>
public sealed class WebhookActionTests : IAsyncLifetime
{
    private const string Secret = "s3cret-del-pos";
    private const string Payload = """{"reserva": 41, "nombre": "Ana", "personas": 4}""";

    private Receiver pos = null!;
    private ActionWorld world = null!;

    public async Task InitializeAsync()
    {
        pos = await Receiver.StartAsync();
        var target = new WebhookTarget(pos.Url, Secret, TimeSpan.FromSeconds(10));
        world = await ActionWorld.StartAsync("sqlite", new ActionConfig("pos-webhook", "reservation.confirmed", target));
    }

    public async Task DisposeAsync()
    {
        await world.DisposeAsync();
        await pos.DisposeAsync();
    }

    // What a receiver does, written from the README and not from Tendero's code.
    private static bool SignatureHolds(Receiver.Received r)
    {
        var signed = Encoding.UTF8.GetBytes(r.Headers["X-Tendero-Timestamp"] + ".").Concat(r.Body).ToArray();
        var expected = "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), signed)).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(r.Headers["X-Tendero-Signature"]));
    }

    [Fact]
    public async Task Call_500Then200_IsRetriedThenDoneExactlyOnce()
    {
        pos.Then(500, "db locked");
        pos.Then(200);
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        await world.Worker.RunOnceAsync(default);
        var failed = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("queued", 500, "the receiver answered 500 InternalServerError: db locked"), (failed.State, failed.LastStatus, failed.LastError));
        world.Time.Advance(world.Options.MaxBackoff);
        await world.Worker.RunOnceAsync(default);
        world.Time.Advance(world.Options.MaxBackoff);
        Assert.Equal(0, await world.Worker.RunOnceAsync(default));

        var done = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("done", 200, 2L), (done.State, done.LastStatus, done.Attempts));
        Assert.Equal(2, pos.Requests.Count);
        Assert.All(pos.Requests, r => Assert.True(SignatureHolds(r)));
        Assert.All(pos.Requests, r => Assert.Equal("pos-webhook:7", r.Headers["X-Tendero-Delivery"]));
        Assert.Equal(2, pos.Requests.Select(r => r.Headers["X-Tendero-Timestamp"]).Distinct().Count()); // each attempt signs its own time
    }

    [Fact]
    public async Task Call_Body_IsTheEventEnvelopeWithThePayloadAsData()
    {
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        await world.Worker.RunOnceAsync(default);

        var request = Assert.Single(pos.Requests);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("reservation.confirmed", request.Headers["X-Tendero-Event"]);
        Assert.Equal(world.Time.GetUtcNow().ToUnixTimeSeconds().ToString(), request.Headers["X-Tendero-Timestamp"]);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal(("reservation.confirmed", 7, "la-fonda", "2026-11-26T15:00:00+00:00"),
            (root.GetProperty("event").GetString(), root.GetProperty("id").GetInt64(), root.GetProperty("business").GetString(), root.GetProperty("occurred_at").GetString()));
        Assert.Equal("Ana", root.GetProperty("data").GetProperty("nombre").GetString());
    }

    [Fact]
    public async Task Call_429WithRetryAfter_WaitsThatLongWithoutUsingAnAttempt()
    {
        pos.Then(429, headers: ("Retry-After", "120"));
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        await world.Worker.RunOnceAsync(default);
        var throttled = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("queued", 429, 0L), (throttled.State, throttled.LastStatus, throttled.Attempts));
        Assert.Equal(world.Time.GetUtcNow().AddSeconds(120), throttled.RunAt);

        world.Time.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, await world.Worker.RunOnceAsync(default));
        world.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await world.Worker.RunOnceAsync(default));

        Assert.Equal("done", (await world.CallAsync("pos-webhook:7")).State);
    }

    [Fact]
    public async Task Call_503WithRetryAfterDate_WaitsUntilThatDate()
    {
        var at = world.Time.GetUtcNow().AddMinutes(10);
        pos.Then(503, headers: ("Retry-After", at.ToString("R")));
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        await world.Worker.RunOnceAsync(default);

        var call = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("queued", 503, 1L, at), (call.State, call.LastStatus, call.Attempts, call.RunAt));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task Call_4xx_FailsAtOnceWithTheReceiversWords(int status)
    {
        pos.Then(status, "unknown reservation");
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        await world.Worker.RunOnceAsync(default);
        world.Time.Advance(world.Options.MaxBackoff);
        await world.Worker.RunOnceAsync(default);

        var call = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("failed", status), (call.State, call.LastStatus));
        Assert.EndsWith(": unknown reservation", call.LastError);
        Assert.Single(pos.Requests);
    }

    [Fact]
    public async Task Call_AlwaysFailing_FailsAfterMaxAttemptsSayingWhy()
    {
        for (var i = 0; i < 5; i++)
        {
            pos.Then(502);
        }
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        for (var i = 0; i < world.Options.MaxAttempts + 1; i++)
        {
            await world.Worker.RunOnceAsync(default);
            world.Time.Advance(world.Options.MaxBackoff);
        }

        var call = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("failed", 3L), (call.State, call.Attempts));
        Assert.StartsWith("gave up after 3 attempts; the last: the receiver answered 502", call.LastError);
        Assert.Equal(3, pos.Requests.Count);
    }

    [Fact]
    public async Task Call_ReceiverDown_IsRetried()
    {
        await pos.DisposeAsync();
        await world.EnqueueAsync("pos-webhook", 7, Payload);

        await world.Worker.RunOnceAsync(default);

        var call = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("queued", (int?)null), (call.State, call.LastStatus));
        Assert.StartsWith("could not reach 127.0.0.1", call.LastError);
        pos = await Receiver.StartAsync(); // for DisposeAsync
    }
}
