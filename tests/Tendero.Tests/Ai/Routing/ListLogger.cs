using Microsoft.Extensions.Logging;

namespace Tendero.Tests.Ai.Routing;

/// <summary>Keeps what was logged, with its event id, so a test can count warnings.</summary>
internal sealed class ListLogger : ILogger
{
    public List<(int EventId, LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((eventId.Id, logLevel, formatter(state, exception)));
}
