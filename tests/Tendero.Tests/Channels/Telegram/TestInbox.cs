using Microsoft.Extensions.Time.Testing;
using Tendero.Delivery;
using Tendero.Inbox;
using Tendero.Storage;

namespace Tendero.Tests.Channels;

/// <summary>A fresh SQLite database per test, with the stores that inbound traffic goes through.</summary>
internal sealed class TestInbox : IAsyncDisposable
{
    private readonly string folder;
    private readonly WorkSignals signals = new();

    private TestInbox(string folder, IDatabase database, FakeTimeProvider time)
    {
        this.folder = folder;
        Database = database;
        Time = time;
        Inbox = new InboxStore(database, time);
        Ingest = new Ingest(Inbox, signals);
        Cursors = new CursorStore(database);
        Messages = new MessageQueries(database);
    }

    public IDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public InboxStore Inbox { get; }

    public Ingest Ingest { get; }

    public CursorStore Cursors { get; }

    public MessageQueries Messages { get; }

    public static async Task<TestInbox> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = await DatabaseFactory.OpenAsync(Path.Combine(folder, "test.db"), CancellationToken.None);
        return new TestInbox(folder, database, new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    public Task<IReadOnlyList<MessageRow>> ListAsync(string businessId) => Messages.ListAsync(businessId, 0, 100, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        signals.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform: the temp folder is cleaned up eventually anyway.
        }
    }
}
