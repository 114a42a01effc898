using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Controllers;

/// <summary>
/// Every run of every tenant, with paths and error texts that may quote unpublished figures: platform
/// admins only. An Operator sees the runs of their own tenant at /{tenant}/operator/riwayat.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class EtlController(IEtlRunLog runs) : Controller
{
    [HttpGet("/etl/runs")]
    public IActionResult Runs() => View(runs.Recent(100));
}
