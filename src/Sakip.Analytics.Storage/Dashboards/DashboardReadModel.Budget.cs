using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Storage.Dashboards;

public sealed partial class DashboardReadModel
{
    public IReadOnlyList<BudgetLineEntry> BudgetLines(TenantScope scope, string stage, string? unit = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return database.Query<BudgetLineRow>(scope, DashboardSql.Get("budget_lines"), new { stage, unit, year })
            .Select(r => new BudgetLineEntry(
                r.Unit, r.Year, r.Stage, r.Level, r.Code, r.Name, r.Pagu, r.Realisasi, r.ReportedPercent,
                Source(r.SourceDocument, r.SourceTable, r.SourceLine)))
            .ToList();
    }

    public IReadOnlyList<BudgetBasisEntry> BudgetAbsorption(TenantScope scope, string? unit = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return database.Query<BudgetBasisEntry>(scope, DashboardSql.Get("budget_absorption"), new { unit, year });
    }

    private sealed class BudgetLineRow
    {
        public string Unit { get; init; } = "";
        public int Year { get; init; }
        public string Stage { get; init; } = "";
        public string Level { get; init; } = "";
        public string? Code { get; init; }
        public string Name { get; init; } = "";
        public decimal? Pagu { get; init; }
        public decimal? Realisasi { get; init; }
        public decimal? ReportedPercent { get; init; }
        public string SourceDocument { get; init; } = "";
        public string? SourceTable { get; init; }
        public int? SourceLine { get; init; }
    }
}
