using System.Data.Common;

namespace Tendero.Storage;

/// <summary>One write waiting for the SQLite writer. Its caller hears back only after the commit.</summary>
internal abstract class PendingWrite(CancellationToken cancellation)
{
    public CancellationToken Cancellation { get; } = cancellation;

    public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

    public abstract void Complete();

    public abstract void Fail(Exception error);
}

internal sealed class PendingWrite<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellation)
    : PendingWrite(cancellation)
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? result;

    public Task<T> Task => completion.Task;

    public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
        result = await work(connection, transaction);

    public override void Complete() => completion.TrySetResult(result!);

    public override void Fail(Exception error) => completion.TrySetException(error);
}
