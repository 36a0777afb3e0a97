using NewsBot.Storage;

namespace NewsBot.Companies;

/// <summary>Keeps the companies table in step with the catalogue (incidents refer to it).</summary>
public sealed class CompanyStore(Database database, TimeProvider clock)
{
    public async Task SyncAsync(IEnumerable<Company> companies, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var company in companies)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO companies (slug, name, parent_slug, updated_at) VALUES (@slug, @name, @parent, @now)
                ON CONFLICT (slug) DO UPDATE SET name = excluded.name, parent_slug = excluded.parent_slug, updated_at = excluded.updated_at
                """,
                transaction,
                [("slug", company.Slug), ("name", company.Name), ("parent", company.ParentSlug), ("now", clock.GetUtcNow().ToMs())],
                cancellationToken);
            await connection.ExecuteAsync("DELETE FROM company_aliases WHERE company_slug = @slug", transaction, [("slug", company.Slug)], cancellationToken);
            var aliases = company.Aliases.Select(a => (a, "alias"))
                .Concat(company.CapsAliases.Select(a => (a, "caps")))
                .Concat(company.Products.Select(a => (a, "product")))
                .Distinct();
            foreach (var (alias, kind) in aliases)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO company_aliases (company_slug, alias, kind) VALUES (@slug, @alias, @kind) ON CONFLICT DO NOTHING",
                    transaction, [("slug", company.Slug), ("alias", alias), ("kind", kind)], cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
