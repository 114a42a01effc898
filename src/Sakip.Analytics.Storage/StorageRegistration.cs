using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Export;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Storage.Audit;
using Sakip.Analytics.Storage.Batches;
using Sakip.Analytics.Storage.Dashboards;
using Sakip.Analytics.Storage.Export;
using Sakip.Analytics.Storage.Publishing;
using Sakip.Analytics.Storage.Runs;
using Sakip.Analytics.Storage.Scoping;
using Sakip.Analytics.Storage.Tenants;

namespace Sakip.Analytics.Storage;

public static class StorageRegistration
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName);
        builder.Services.AddSingleton(sp => new Warehouse(sp.GetRequiredService<IOptions<StoreOptions>>().Value));
        builder.Services.AddSingleton<IBatchStore, BatchStore>();
        builder.Services.AddSingleton<IEtlRunLog, EtlRunLog>();
        builder.Services.AddSingleton<IFactExport, FactExport>();
        builder.Services.AddSingleton<ITenantAdministration, TenantAdministration>();
        builder.Services.AddSingleton<ImportBatchHandler>();
        builder.Services.AddSingleton<ScopedDatabase>();
        builder.Services.AddSingleton<IPublicationStore, PublicationStore>();
        builder.Services.AddSingleton<IAuditLog, AuditLog>();
        builder.Services.AddSingleton<IDashboardReadModel, DashboardReadModel>();
        builder.Services.AddSingleton<Application.DataNotes.IDataNotes, DataNotes.DataNoteQueries>();
        return builder;
    }
}
