using Microsoft.AspNetCore.Routing;

namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>Who may use a route.</summary>
public enum Access
{
    /// <summary>Everyone, anonymous included; members of the route's tenant see its drafts, nobody else does.</summary>
    Public,

    /// <summary>Any role in the route's tenant, or a platform admin.</summary>
    TenantMember,

    /// <summary>Operator of the route's tenant, or a platform admin.</summary>
    TenantOperator,

    PlatformAdmin,

    /// <summary>Sign-in and account pages (tested by the accounts tests): never a server error, never a draft figure.</summary>
    Account,

    /// <summary>The error pages: the status they name.</summary>
    Error,
}

/// <summary>One route of the app's route table: its pattern, HTTP method and parameter names.</summary>
public sealed record RouteInfo(string Pattern, string Method, IReadOnlyList<string> Parameters)
{
    public bool HasTenant => Parameters.Contains("tenant");

    public override string ToString() => $"{Method} {Pattern}";

    public static IReadOnlyList<RouteInfo> From(EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return [.. endpoints.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new RouteInfo(
                    "/" + e.RoutePattern.RawText!.TrimStart('/'),
                    method,
                    [.. e.RoutePattern.Parameters.Select(p => p.Name)])))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }
}

/// <summary>
/// The expectation for every route of the app. A route that matches no rule fails the matrix: a
/// new page, API endpoint or download cannot be added without saying who may use it.
/// </summary>
public static class RouteRules
{
    private static readonly Dictionary<string, Access> Exact = new(StringComparer.Ordinal)
    {
        ["GET /"] = Access.Public,
        ["GET /{tenant:slug}"] = Access.Public,
        ["GET /{tenant:slug}/{dashboard:slug}"] = Access.Public,
        ["GET /{tenant:slug}/unit/{unit:slug}"] = Access.Public,
        ["GET /{tenant:slug}/{dashboard:slug}/{panel:slug}.csv"] = Access.Public,
        ["GET /{tenant:slug}/{dashboard:slug}/{panel:slug}.xlsx"] = Access.Public,
        ["GET /api/v1/tenants"] = Access.Public,
        ["GET /api/v1/measures"] = Access.Public,
        ["GET /api/v1/dashboards"] = Access.Public,
        ["GET /api/v1/queries"] = Access.Public,
        ["GET /api/v1/{tenant:slug}"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/units"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/akip"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/overview"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/compare"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/benchmark"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/units/{unit:slug}/indicators"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/units/{unit:slug}/trend"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/units/{unit:slug}/budget"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/dashboards/{dashboard:slug}"] = Access.Public,
        ["GET /api/v1/{tenant:slug}/dashboards/{dashboard:slug}/panels/{panel:slug}"] = Access.Public,
        ["GET /error"] = Access.Error,
        ["GET /error/{status:int}"] = Access.Error,
        ["GET /etl/runs"] = Access.PlatformAdmin,
        ["GET /{tenant:slug}/audit"] = Access.TenantMember,
        ["GET /{tenant:slug}/operator"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/riwayat"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/unggahan/{upload}"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/unggahan/{upload}/status"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/run/{runId:long}"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/run/{runId:long}/status"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/unggah"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/terbitkan"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/tarik"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/laporan"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/laporan"] = Access.TenantOperator,
        ["GET /{tenant:slug}/operator/laporan/{review}"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/laporan/{review}/terima-semua"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/laporan/{review}/tabel"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/laporan/{review}/ubah"] = Access.TenantOperator,
        ["POST /{tenant:slug}/operator/laporan/{review}/muat"] = Access.TenantOperator,
    };

    /// <summary>The accounts and the platform admin's pages belong to the accounts work; their own tests go deeper.</summary>
    private static readonly (string Prefix, Access Access)[] Prefixes =
    [
        ("/akun", Access.Account),
        ("/admin", Access.PlatformAdmin),
    ];

    public static Access? For(RouteInfo route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (Exact.TryGetValue($"{route.Method} {route.Pattern}", out var access))
        {
            return access;
        }

        return Prefixes.Where(p => route.Pattern == p.Prefix || route.Pattern.StartsWith(p.Prefix + "/", StringComparison.Ordinal))
            .Select(p => (Access?)p.Access)
            .FirstOrDefault();
    }

    /// <summary>Routes whose parameters the matrix may fill with a placeholder: the others' pages, where only the denial is checked.</summary>
    public static bool AllowsPlaceholders(RouteInfo route) =>
        route.Pattern.StartsWith("/akun", StringComparison.Ordinal) || route.Pattern.StartsWith("/admin", StringComparison.Ordinal);
}
