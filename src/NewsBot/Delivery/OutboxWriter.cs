using System.Threading.Channels;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// The single writer of the outbox in this process. Claims, releases and recorded outcomes queue up and one
/// loop commits everything queued so far in one transaction (group commit): each caller still returns only
/// after its own write is durable, so "record right after the platform answered" holds, while thousands of
/// outcomes per second cost a handful of commits and parallel sends never fight over SQLite's write lock.
/// </summary>
internal sealed class OutboxWriter : IDisposable
{
    private const int MaxGroupCommit = 512;
    private readonly Database _database;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });

    public OutboxWriter(Database database)
    {
        _database = database;
        _ = Task.Run(CommitLoopAsync);
    }

    /// <summary>Runs <paramref name="apply"/> inside the next group commit; completes once that commit is durable.</summary>
    public Task RunAsync(Func<WriteBatch, Task> apply)
    {
        var write = new PendingWrite(apply, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        return write.Done.Task;
    }

    /// <summary>Like <see cref="RunAsync(Func{WriteBatch, Task})"/>, returning what <paramref name="work"/> produced.</summary>
    public async Task<T> RunAsync<T>(Func<WriteBatch, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        T result = default!;
        await RunAsync(async batch => result = await work(batch));
        return result;
    }

    public void Dispose() => _queue.Writer.TryComplete();

    private async Task CommitLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<PendingWrite>();
            while (batch.Count < MaxGroupCommit && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await CommitAsync(batch);
        }
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
        await using var connection = await _database.OpenAsync(CancellationToken.None);
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
