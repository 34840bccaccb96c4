using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Tendero.Bench;

/// <summary>The ceiling: a minimal Kestrel app on loopback that reads the same POST's body and answers 200 OK.</summary>
internal static class RawKestrel
{
    public static async Task<RunningServer> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(SignedBodies.Path, async (HttpRequest request, CancellationToken rct) =>
        {
            await request.Body.CopyToAsync(Stream.Null, rct);
            return TypedResults.Ok();
        });
        await app.StartAsync(ct);
        return new RunningServer(app, CountRowsAsync: null, CleanUpAsync: null);
    }
}
