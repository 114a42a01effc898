using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Tenants;

/// <summary>
/// Creates tenants (pemda) and their units as data, the way an import does, for the platform admin.
/// Each creation is one transaction together with its audit-log entry (tenant_created, unit_created).
/// </summary>
public interface ITenantAdministration
{
    /// <summary>Creates the tenant and the given units; fails with <see cref="TenantAdministrationException"/> when the slug is taken or invalid.</summary>
    void CreateTenant(NewTenant tenant, IReadOnlyList<NewUnit> units, string actor);

    /// <summary>Adds a unit to an existing tenant.</summary>
    void CreateUnit(NewUnit unit, string actor);

    /// <summary>Every tenant, with or without data, as the admin manages them.</summary>
    IReadOnlyList<TenantSummary> Tenants();

    TenantSummary? Tenant(string tenant);

    IReadOnlyList<UnitDefinition> Units(string tenant);
}

public sealed record NewTenant(string Tenant, string Name, TenantKind Kind, string? Province, LowerIsBetterMethod LowerIsBetterMethod);

public sealed record NewUnit(string Tenant, string Unit, string Name, UnitKind Kind, IReadOnlyList<string> Aliases);

public sealed record UnitDefinition(string Unit, string Name, string Kind, IReadOnlyList<string> Aliases);

/// <summary>A creation refused for a reason the admin can fix; the message is in Bahasa Indonesia.</summary>
public sealed class TenantAdministrationException(string message) : Exception(message);

/// <summary>What a tenant or unit may be called.</summary>
public static partial class TenantNames
{
    /// <summary>First URL segments the application uses itself: a tenant of that name would be unreachable at /{tenant}.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "akun", "api", "css", "error", "etl", "js", "lib", "operator",
    };

    public static bool IsSlug(string? text) => text is { Length: > 0 and <= 100 } && SlugPattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
