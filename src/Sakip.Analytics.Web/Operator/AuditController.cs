using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Operator;

/// <summary>
/// The tenant's audit log. Issue 4 names Pimpinan and Operators; Perencana see it too, because they
/// see everything Pimpinan see (drafts included) and the log only says who loaded and published what.
/// </summary>
[Authorize(Policy = Policies.TenantMember)]
public sealed class AuditController(OperatorWorkspace workspace) : Controller
{
    [HttpGet("/{tenant:slug}/audit")]
    public IActionResult Index(string tenant) => View("/Views/Operator/Audit.cshtml", workspace.Audit(tenant));
}
