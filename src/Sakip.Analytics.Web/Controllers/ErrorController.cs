using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Web.Models;

namespace Sakip.Analytics.Web.Controllers;

/// <summary>Error responses: problem+json under /api, an Indonesian error page elsewhere.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error")]
    public IActionResult Exception()
    {
        var path = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        return Respond(path, StatusCodes.Status500InternalServerError, "Terjadi kesalahan", "Permintaan tidak dapat diproses. Silakan coba lagi nanti.");
    }

    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        var (title, detail) = status == StatusCodes.Status404NotFound
            ? ("Halaman tidak ditemukan", $"Alamat {path} tidak ada.")
            : ("Permintaan tidak dapat diproses", $"Status {status}.");
        return Respond(path, status, title, detail);
    }

    private IActionResult Respond(string path, int status, string title, string detail)
    {
        if (path.StartsWith("/api", StringComparison.Ordinal))
        {
            return Problem(detail, path, status, title);
        }

        Response.StatusCode = status;
        return View("Problem", new ProblemPage(status, title, detail));
    }
}
