using Quartz;

namespace NewsBot.Storage;

/// <summary>Where Quartz keeps its triggers: in memory beside SQLite, in NewsBot's PostgreSQL database when clustered.</summary>
public static class QuartzStore
{
    /// <summary>
    /// On PostgreSQL every instance joins one Quartz cluster (the qrtz_ tables of migration 010), so each trigger fires
    /// on exactly one instance and a dead instance's work is recovered by the others after the check-in window.
    /// </summary>
    public static void UseNewsBotStore(this IQuartzBuilder quartz, StorageOptions options)
    {
        if (options.Provider != StorageProvider.Postgres)
        {
            quartz.UseInMemoryStore();
            return;
        }

        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(source => source.ConnectionString = options.ConnectionString!);
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = options.ClusterCheckinInterval;
                cluster.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
            });
            // The tables come from NewsBot's migrations; Quartz only checks they are there.
            store.ConfigureStore(ado =>
            {
                ado.TablePrefix = "qrtz_";
                ado.SchemaProvisioning = SchemaProvisioning.Validate;
            });
        });
    }
}
