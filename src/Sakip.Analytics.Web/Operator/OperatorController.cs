using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Operator;

/// <summary>
/// The Operator's pages of one tenant: upload a template (queues the ETL job restricted to the
/// tenant), follow its run, see the run history, publish and unpublish. Operators of the tenant and
/// platform admins only; every form post carries the antiforgery token.
/// </summary>
[Authorize(Policy = Policies.TenantOperator)]
[AutoValidateAntiforgeryToken]
public sealed class OperatorController(OperatorWorkspace workspace) : Controller
{
    private const string ViewFolder = "/Views/Operator/";

    [HttpGet("/{tenant:slug}/operator")]
    public IActionResult Index(string tenant, string? selesai = null, int? tahun = null, string? data = null) =>
        View(ViewFolder + "Index.cshtml", workspace.Page(tenant, message: Done(selesai, tahun, data)));

    [HttpPost("/{tenant:slug}/operator/unggah")]
    [UploadLimit]
    public async Task<IActionResult> UploadFiles(string tenant, CancellationToken cancellationToken)
    {
        workspace.TenantName(tenant);
        var form = await Request.ReadFormAsync(cancellationToken);
        var files = form.Files
            .Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
            .Select(f => new UploadedFile(UploadCheck.SafeName(f.FileName), f.Length, f.OpenReadStream))
            .ToList();
        var (upload, errors) = await workspace.UploadAsync(tenant, Actor(User), files, cancellationToken);
        if (upload is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewFolder + "Index.cshtml", workspace.Page(tenant, errors));
        }

        return Redirect($"/{tenant}/operator/unggahan/{upload.Id}");
    }

    /// <summary>An upload waits in the queue until the job picks it up; then its run page takes over.</summary>
    [HttpGet("/{tenant:slug}/operator/unggahan/{upload}")]
    public IActionResult Upload(string tenant, string upload)
    {
        workspace.TenantName(tenant);
        if (!workspace.UploadExists(tenant, upload))
        {
            return NotFound();
        }

        return workspace.RunOfUpload(tenant, upload) is { } run
            ? Redirect($"/{tenant}/operator/run/{run.RunId}")
            : View(ViewFolder + "Run.cshtml", workspace.Queued(tenant, upload));
    }

    [HttpGet("/{tenant:slug}/operator/unggahan/{upload}/status")]
    public IActionResult UploadStatus(string tenant, string upload)
    {
        if (!workspace.UploadExists(tenant, upload))
        {
            return NotFound();
        }

        var run = workspace.RunOfUpload(tenant, upload);
        return Json(run is null
            ? new RunStatus(RunStatusLabels.Queued, RunStatusLabels.Label(RunStatusLabels.Queued), false, null)
            : RunStatus.Of(run, $"/{tenant}/operator/run/{run.RunId}"));
    }

    [HttpGet("/{tenant:slug}/operator/run/{runId:long}")]
    public IActionResult Run(string tenant, long runId) =>
        workspace.Run(tenant, runId) is { } page ? View(ViewFolder + "Run.cshtml", page) : NotFound();

    [HttpGet("/{tenant:slug}/operator/run/{runId:long}/status")]
    public IActionResult RunStatusOf(string tenant, long runId) =>
        workspace.Run(tenant, runId) is { Run: { } run } ? Json(RunStatus.Of(run, null)) : NotFound();

    [HttpGet("/{tenant:slug}/operator/riwayat")]
    public IActionResult History(string tenant) => View(ViewFolder + "History.cshtml", workspace.History(tenant));

    [HttpPost("/{tenant:slug}/operator/terbitkan")]
    public Task<IActionResult> Publish(string tenant, [FromForm] int year, [FromForm] string dataset, CancellationToken cancellationToken) =>
        SetPublished(tenant, year, dataset, publish: true, cancellationToken);

    [HttpPost("/{tenant:slug}/operator/tarik")]
    public Task<IActionResult> Unpublish(string tenant, [FromForm] int year, [FromForm] string dataset, CancellationToken cancellationToken) =>
        SetPublished(tenant, year, dataset, publish: false, cancellationToken);

    private async Task<IActionResult> SetPublished(string tenant, int year, string dataset, bool publish, CancellationToken cancellationToken)
    {
        workspace.TenantName(tenant);
        var changed = await workspace.SetPublishedAsync(tenant, year, dataset ?? "", publish, Actor(User), cancellationToken);
        var outcome = !changed ? "tidak-berubah" : publish ? "terbit" : "tarik";
        return Redirect($"/{tenant}/operator?selesai={outcome}&tahun={year}&data={Uri.EscapeDataString(dataset ?? "")}#publikasi");
    }

    /// <summary>Who did it, for the run record and the audit log: the signed-in user's name.</summary>
    public static string Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "operator";
    }

    private static string? Done(string? outcome, int? year, string? dataset) => (outcome, year, dataset) switch
    {
        ("terbit", { } y, { } d) => $"{Dashboards.DatasetLabels.Of(d)} {y} diterbitkan: halaman publik menampilkannya sekarang.",
        ("tarik", { } y, { } d) => $"Terbitan {Dashboards.DatasetLabels.Of(d)} {y} ditarik: halaman publik tidak lagi menampilkannya.",
        ("tidak-berubah", { } y, { } d) => $"{Dashboards.DatasetLabels.Of(d)} {y}: tidak ada yang berubah.",
        _ => null,
    };
}
