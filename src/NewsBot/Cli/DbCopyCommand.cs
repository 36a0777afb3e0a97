using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot db copy --to postgres [--connection CONNECTION-STRING]`: the configured SQLite database
/// (Storage:DataDirectory, Storage:FileName) into an empty PostgreSQL database (the option, or Storage:ConnectionString).
/// Prints each table's counts; exits 1 when a count differs or the target is not empty.
/// </summary>
public static class DbCopyCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, string? connectionString, TextWriter output, TextWriter error)
    {
        var configured = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var target = connectionString ?? configured.ConnectionString;
        if (string.IsNullOrWhiteSpace(target))
        {
            await error.WriteLineAsync("newsbot db copy: no PostgreSQL connection string (--connection or NewsBot__Storage__ConnectionString)");
            return 2;
        }

        var sqlite = new StorageOptions { DataDirectory = configured.DataDirectory, FileName = configured.FileName };
        if (!File.Exists(sqlite.DatabasePath))
        {
            await error.WriteLineAsync($"newsbot db copy: no SQLite database at {sqlite.DatabasePath}");
            return 1;
        }

        var copy = new DatabaseCopy(Open(sqlite), Open(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = target }));
        try
        {
            var counts = await copy.RunAsync(CancellationToken.None);
            foreach (var (table, from, to) in counts)
            {
                await output.WriteLineAsync($"{table}: {from} → {to}");
            }

            var mismatches = counts.Where(c => c.Source != c.Target).Select(c => c.Table).ToList();
            if (mismatches.Count > 0)
            {
                await error.WriteLineAsync("newsbot db copy: counts differ for " + string.Join(", ", mismatches));
                return 1;
            }

            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync("newsbot db copy: " + ex.Message);
            return 1;
        }
    }

    private static Database Open(StorageOptions options) => new(Options.Create(options), TimeProvider.System, NullLogger<Database>.Instance);
}
