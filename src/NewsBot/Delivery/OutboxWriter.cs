using System.Collections.Concurrent;
using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>Serializes the outbox's writes in this process and commits recorded outcomes in groups.</summary>
internal sealed class OutboxWriter(Database database) : IDisposable
{
    private const int MaxGroupCommit = 512;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentQueue<PendingWrite> _pending = new();

    /// <summary>Runs <paramref name="work"/> alone on a fresh connection (claims and reclaims).</summary>
    public async Task<T> ExclusiveAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return await work(connection);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => _writeGate.Dispose();

    /// <summary>
    /// Group commit: a write waits for the gate, and whoever holds it commits every write queued so far in one
    /// transaction. Each caller still returns only after its own write is durable, so "record right after the
    /// platform answered" holds, but thousands of outcomes per second cost a handful of commits.
    /// </summary>
    public async Task RunAsync(Func<WriteBatch, Task> apply)
    {
        var write = new PendingWrite(apply, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending.Enqueue(write);
        await _writeGate.WaitAsync(CancellationToken.None);
        try
        {
            while (!write.Done.Task.IsCompleted)
            {
                var batch = new List<PendingWrite>();
                while (batch.Count < MaxGroupCommit && _pending.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                await CommitAsync(batch);
            }
        }
        finally
        {
            _writeGate.Release();
        }

        await write.Done.Task;
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        try
        {
            await ApplyAsync(batch);
            batch.ForEach(w => w.Done.TrySetResult());
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad write must not fail its neighbours: redo them one transaction each.
            foreach (var write in batch)
            {
                try
                {
                    await ApplyAsync([write]);
                    write.Done.TrySetResult();
                }
                catch (Exception ex)
                {
                    write.Done.TrySetException(ex);
                }
            }
        }
        catch (Exception ex)
        {
            batch.ForEach(w => w.Done.TrySetException(ex));
        }
    }

    private async Task ApplyAsync(List<PendingWrite> batch)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await using (var commands = new WriteBatch(connection, transaction))
        {
            foreach (var write in batch)
            {
                await write.Apply(commands);
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
    }
}

internal sealed record PendingWrite(Func<WriteBatch, Task> Apply, TaskCompletionSource Done);
