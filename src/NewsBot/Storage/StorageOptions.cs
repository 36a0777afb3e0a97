using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Folder for the SQLite database file; created on first run.</summary>
    [Required]
    public string DataDirectory { get; init; } = "data";

    /// <summary>Database file name inside <see cref="DataDirectory"/>.</summary>
    [Required]
    public string FileName { get; init; } = "newsbot.db";

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
