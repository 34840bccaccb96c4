using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoapCore;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Actions;

/// <summary>A real SOAP 1.1 service on a free loopback port, served by SoapCore, and a way to see what it received.</summary>
public sealed class SoapHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SoapHost(WebApplication app, Uri url, ReservasLog log) => (this.app, Url, Log) = (app, url, log);

    public Uri Url { get; }

    public ReservasLog Log { get; }

    public static async Task<SoapHost> StartAsync()
    {
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/ReservasService.asmx");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();
        builder.Services.AddSoapCore();
        var log = new ReservasLog();
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<IReservas, ReservasService>();
        var app = builder.Build();
        ((IEndpointRouteBuilder)app).UseSoapEndpoint<IReservas>(url.AbsolutePath, new SoapEncoderOptions(), SoapSerializer.XmlSerializer);
        await app.StartAsync();
        return new SoapHost(app, url, log);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
