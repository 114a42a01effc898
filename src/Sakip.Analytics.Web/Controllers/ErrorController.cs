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
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var path = feature?.Path ?? "";
        // A request the server refused to read (a body over the size limit, a malformed form) is the
        // client's fault: its own status, not a 500. Nothing of the exception reaches the response.
        if (feature?.Error is BadHttpRequestException refused)
        {
            return Status(refused.StatusCode, path);
        }

        return Respond(path, StatusCodes.Status500InternalServerError, "Terjadi kesalahan", "Permintaan tidak dapat diproses. Silakan coba lagi nanti.");
    }

    /// <summary>
    /// Reads the status from the route values itself: binding a parameter would make MVC read the
    /// re-executed request's form, and a body over the size limit cannot be read (it would bind 0).
    /// </summary>
    [Route("/error/{status:int}")]
    public IActionResult Status() =>
        Status(
            int.Parse((string)RouteData.Values["status"]!, System.Globalization.CultureInfo.InvariantCulture),
            HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "");

    private IActionResult Status(int status, string path)
    {
        var (title, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("Halaman tidak ditemukan", $"Alamat {path} tidak ada."),
            StatusCodes.Status401Unauthorized => ("Perlu masuk", "Halaman ini hanya untuk pengguna yang telah masuk."),
            StatusCodes.Status403Forbidden => ("Akses ditolak", "Akun Anda tidak memiliki hak untuk halaman ini."),
            StatusCodes.Status413PayloadTooLarge => ("Permintaan terlalu besar", "Isi permintaan melebihi batas ukuran."),
            _ => ("Permintaan tidak dapat diproses", $"Status {status}."),
        };
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
