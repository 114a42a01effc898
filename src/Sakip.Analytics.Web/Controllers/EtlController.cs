using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Web.Controllers;

public sealed class EtlController(IEtlRunLog runs) : Controller
{
    [HttpGet("/etl/runs")]
    public IActionResult Runs() => View(runs.Recent(100));
}
