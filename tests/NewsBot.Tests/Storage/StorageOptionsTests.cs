using System.ComponentModel.DataAnnotations;
using NewsBot.Configuration;
using NewsBot.Storage;

namespace NewsBot.Tests.Storage;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Validate_Default_SqliteNeedsNoConnectionString()
    {
        Assert.True(new SectionValidator<StorageOptions>("Storage").Validate(null, new StorageOptions()).Succeeded);
    }

    [Theory]
    [InlineData(null, "Storage:ConnectionString")]
    [InlineData("", "Storage:ConnectionString")]
    [InlineData("Port=5432;Username=newsbot", "names no Host")]
    [InlineData("Hots=db;Password=secret-pass", "cannot be read")]
    public void Validate_PostgresWithBadConnectionString_FailsNamingTheSetting(string? connectionString, string expected)
    {
        var result = new SectionValidator<StorageOptions>("Storage").Validate(
            null, new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("secret-pass", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PostgresWithHost_Succeeds()
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=127.0.0.1;Username=newsbot;Database=newsbot" };

        Assert.Empty(options.Validate(new ValidationContext(options)));
    }
}
