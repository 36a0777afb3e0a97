using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>The seam between NewsBot and one database engine: connections, the migration lock, the dialect.</summary>
internal interface IStorageProvider
{
    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the database ready for migrations (file folder, schema) and returns a lock held on
    /// <paramref name="connection"/> until disposed, so instances starting together migrate one after the other.
    /// </summary>
    Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken);
}
