using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace NewsBot.Storage;

/// <summary>Which database engine holds NewsBot's tables.</summary>
public enum StorageProvider
{
    /// <summary>One file under <see cref="StorageOptions.DataDirectory"/>: the embedded default for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by one or several instances.</summary>
    Postgres,
}

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>PostgreSQL only: an Npgsql connection string (env <c>NewsBot__Storage__ConnectionString</c>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Folder for the SQLite database file; created on first run.</summary>
    [Required]
    public string DataDirectory { get; init; } = "data";

    /// <summary>Database file name inside <see cref="DataDirectory"/>.</summary>
    [Required]
    public string FileName { get; init; } = "newsbot.db";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));

    /// <summary>
    /// PostgreSQL only: how often each instance's Quartz scheduler checks in. An instance silent for this long (plus
    /// <see cref="ClusterCheckinMisfireThreshold"/>) counts as dead and its feed check is taken over.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; init; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != StorageProvider.Postgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Provider Postgres needs a connection string (Storage:ConnectionString or env NewsBot__Storage__ConnectionString).",
                [nameof(ConnectionString)]);
            yield break;
        }

        string? error = null;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                error = "the connection string names no Host.";
            }
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never the password.
            error = "the connection string cannot be read: " + ex.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult(error, [nameof(ConnectionString)]);
        }
    }
}
