using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.ReadModel;

namespace Sakip.Analytics.Web.Models;

/// <summary>The home page: every tenant with its dashboards and the questions a new user can start from.</summary>
public sealed record HomePage(IReadOnlyList<TenantCard> Tenants, IReadOnlyList<DashboardDefinition> Dashboards);

/// <summary>A tenant with its reporting unit and starting questions, each a link into a dashboard.</summary>
public sealed record TenantCard(TenantProfile Tenant, int Units, UnitEntry? ReportingUnit, IReadOnlyList<(string Question, string Url)> Questions);
